/** Site settings used until an administrator saves some (the SiteSettings row's column defaults). */
export const SETTINGS_DEFAULTS = {
  siteName: 'Newsroom',
  tagline: '',
  siteUrl: 'http://localhost:3000',
  timeZone: 'Europe/Kyiv',
  language: 'en',
  defaultEdition: 'en',
  supportUrl: '',
  supportHeaderText: 'Support Us',
  supportTitle: '',
  supportText: '',
  supportButtonText: 'Become a patron',
  followText: 'Follow us',
};
