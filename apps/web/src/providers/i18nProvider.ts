import polyglotI18nProvider from 'ra-i18n-polyglot';
import frenchMessages from 'ra-language-french';
import { fr } from '../i18n/fr';

export const i18nProvider = polyglotI18nProvider(() => ({ ...frenchMessages, ...fr }), 'fr', [{ locale: 'fr', name: 'Français' }]);
