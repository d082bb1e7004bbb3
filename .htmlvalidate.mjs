// html-validate: every page of the build must pass (`npm run validate:html`, part of `npm test`, after the build).
// The recommended rules, no rule disabled. One rule is set stricter than the preset:
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // aria-label only where it is announced reliably (links, buttons, landmarks, form controls): on a <ul>, a <div> or
    // a <span> screen readers often skip it, so those get visible or .sr-only text instead.
    'aria-label-misuse': ['error', { allowAnyNamable: false }],
  },
};
