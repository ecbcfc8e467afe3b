/** The dashboard SPA's entry: renders the app into #app. */
import { render } from 'preact';
import { App } from './app.tsx';

render(<App />, document.getElementById('app')!);
