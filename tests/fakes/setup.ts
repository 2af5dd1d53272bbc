import { beforeEach } from 'vitest';
import { resetFakeBrowser } from './browser';

beforeEach(() => resetFakeBrowser());
