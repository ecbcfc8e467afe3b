/** The options page entry. */
import { render } from 'preact';
import { OptionsPage } from './options-page.tsx';
import './options.css';

render(<OptionsPage />, document.getElementById('root')!);
