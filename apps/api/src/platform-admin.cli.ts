import 'reflect-metadata';
import { loadConfig } from '@app/platform';
import { invitePlatformAdmin } from '@app/platform/demo/platform-admin';

/** `npm run platform-admin -- <email> "<full name>"`: prints a one-time link to set the password. */
const [email, fullName] = process.argv.slice(2);
if (!email || !fullName) {
  console.error('Usage: npm run platform-admin -- <email> "<full name>"');
  process.exit(2);
}
invitePlatformAdmin(loadConfig(), email, fullName)
  .then((link) => console.log(`Platform administrator ${email} invited. Open this one-time link to choose the password:\n  ${link}`))
  .catch((err: Error) => {
    console.error(`Could not invite ${email}: ${err.message}`);
    process.exit(1);
  });
