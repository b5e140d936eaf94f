import type { Messages } from '@/lib/i18n/messages';

import type { people as zhCN } from './zh-CN';

export const people: Messages<typeof zhCN> = {
  placeholder: 'Choose',
  loading: 'Reading the township’s people…',
  none: 'No one in the township has this role',
  unavailable: 'The list of people cannot be read just now; type the username',
};
