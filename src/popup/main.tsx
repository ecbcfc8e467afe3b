/** Popup entry: starts the reads at once, mounts the Preact UI with what arrived within a moment. */
import { render } from 'preact';
import { Popup } from './components/popup.tsx';
import { startPopupBoot, whenReady } from './popup-boot.ts';
import './popup.css';

/** How long the first render waits for the list's first screen (the stored view answers in a few ms). */
const FIRST_RENDER_WAIT_MS = 250;

void whenReady(startPopupBoot(), FIRST_RENDER_WAIT_MS).then((boot) => render(<Popup boot={boot} />, document.getElementById('root')!));
