import { render } from 'preact';
import { t } from '../shared/i18n';
import { WelcomePage } from './WelcomePage';
import '../shared/page-base.css';
import './welcome.css';

document.title = t('welcome_title');
const root = document.getElementById('app');
if (root) render(<WelcomePage />, root);
