/** Popup entry: mounts the Preact UI. */
import { render } from 'preact';
import { Popup } from './components/popup.tsx';
import './popup.css';

render(<Popup />, document.getElementById('root')!);
