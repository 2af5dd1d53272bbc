import { render } from 'preact';
import { t } from '../shared/i18n';
import { OptionsPage } from './OptionsPage';
import './options.css';

document.title = t('options_title');
const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
