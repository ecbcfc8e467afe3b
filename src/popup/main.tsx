/** Popup entry: mounts the Preact UI. */
import { render } from 'preact';
import { Popup } from './components/popup.tsx';
import { startPopupBoot } from './popup-boot.ts';
import './popup.css';

render(<Popup boot={startPopupBoot()} />, document.getElementById('root')!);
