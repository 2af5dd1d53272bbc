import { render } from 'preact';
import { IncidentPage } from './IncidentPage';

const root = document.getElementById('app');
if (root) render(<IncidentPage />, root);
