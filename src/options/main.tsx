import { render } from 'preact';

render(<main>ScanSight</main>, document.getElementById('root')!);
