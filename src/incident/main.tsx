import { render } from 'preact';
import { t } from '../shared/i18n';
import { IncidentPage } from './IncidentPage';
import '../shared/page-base.css';
import './incident.css';

document.title = t('incident_title');
const root = document.getElementById('app');
if (root) render(<IncidentPage />, root);
