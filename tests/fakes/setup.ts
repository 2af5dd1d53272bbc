import { beforeEach } from 'vitest';
import { resetFakeBrowser } from './browser';
import { fakeDialogMethods } from './dialog';

fakeDialogMethods();
beforeEach(() => resetFakeBrowser());
