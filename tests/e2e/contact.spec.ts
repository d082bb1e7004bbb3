/** Contact: example values marked, structured data, and the enquiry form (with and without JavaScript). */
import { CONTACT } from '../../src/config/contact';
import { expectClean, gotoOk, test, expect } from './support/guard';
import { LOCALE_KEYS } from '../../src/i18n/locales';
import { convertText } from '../../src/i18n/convert/convert';

test.describe('contact', () => {
  for (const locale of LOCALE_KEYS) {
    test(`/${locale}/contact/ marks every example value and keeps it out of links and structured data`, async ({ page }) => {
      await gotoOk(page, `${locale}/contact/`);
      const badge = locale === 'en' ? 'Example — staff to replace' : convertText('示例 · 待工作人员替换', locale);
      const examples = page.locator('[data-contact][data-example]');
      const shown = [CONTACT.organization, CONTACT.office, CONTACT.location, CONTACT.address, CONTACT.phone, CONTACT.email, CONTACT.hours];
      await expect(examples).toHaveCount(shown.filter((value) => value.isExample).length);
      // Badged once, on the block's heading, not on every line.
      await expect(page.locator('[data-contact-details] [data-example-badge]')).toHaveCount(shown.some((value) => value.isExample) ? 1 : 0);
      if (shown.some((value) => value.isExample)) await expect(page.locator('[data-contact-details] h2 [data-example-badge]')).toHaveText(badge);
      for (const row of await examples.all()) await expect(row.locator('[data-example-badge]')).toHaveCount(0);
      if (CONTACT.email.isExample) await expect(page.locator('[data-contact="email"] a')).toHaveCount(0);
      // The desk's placeholder phone is never a link (the official 12345 hotline above it is).
      if (CONTACT.phone.isExample) await expect(page.locator('[data-contact-details] a[href^="tel:"]')).toHaveCount(0);
      const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(data['@type']).toBe('GovernmentOrganization');
      expect(data.name).toBe(CONTACT.organization.value[locale]);
      const json = JSON.stringify(data);
      for (const value of shown.filter((item) => item.isExample)) {
        const text = typeof value.value === 'string' ? value.value : value.value[locale];
        expect(json).not.toContain(text);
      }
      await expect(page.locator('.prose h2').first()).toBeVisible();
    });
  }

  test('the about page carries the town government as structured data', async ({ page }) => {
    await gotoOk(page, 'zh-cn/about/');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data).toMatchObject({ '@type': 'GovernmentOrganization', name: CONTACT.organization.value['zh-cn'] });
  });

  test.describe('enquiry form', () => {
    test.skip(CONTACT.enquiryEndpoint !== '', 'an endpoint is configured: the form posts instead of preparing an e-mail');

    test('explains what is missing, then prepares an e-mail with every answer', async ({ page, problems }) => {
      await gotoOk(page, 'en/contact/');
      await page.getByRole('button', { name: 'Prepare enquiry email' }).click();
      const summary = page.locator('[data-error-summary]');
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary.locator('li')).toHaveCount(4);
      await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Your name')).toHaveAttribute('aria-describedby', /error-name/);

      await page.getByLabel('Your name').fill('Chan Tai Man');
      await page.getByLabel('Company').fill('Acme Precision & Co');
      await page.getByRole('textbox', { name: 'Email', exact: true }).fill('not-an-address');
      await page.getByLabel('Sector').selectOption('new-energy');
      await page.getByLabel('Your enquiry is about').selectOption('site-visit');
      await page.getByLabel('Your message').fill('We need about 20,000 m² of factory space in 2027.');
      await page.getByRole('button', { name: 'Prepare enquiry email' }).click();
      await expect(summary.locator('li')).toHaveCount(1);
      await expect(summary).toContainText('valid email');
      await expect(page.getByLabel('Your name')).not.toHaveAttribute('aria-invalid', 'true');

      await page.getByRole('textbox', { name: 'Email', exact: true }).fill('tm.chan@acme.example');
      await page.getByRole('button', { name: 'Prepare enquiry email' }).click();
      await expect(summary).toBeHidden();
      const link = page.locator('[data-mailto]');
      await expect(link).toBeVisible();
      const href = (await link.getAttribute('href'))!;
      expect(href.startsWith(`mailto:${CONTACT.email.value}?`)).toBe(true);
      const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
      expect(query.get('subject')).toContain('Acme Precision & Co');
      const body = query.get('body')!;
      for (const text of ['Chan Tai Man', 'Acme Precision & Co', 'tm.chan@acme.example', 'New energy', 'Visiting a site', 'We need about 20,000 m² of factory space in 2027.']) {
        expect(body).toContain(text);
      }
      await expect(page.locator('[data-enquiry-result]')).toBeFocused();
      expectClean(problems);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the form is a mailto form with required fields marked', async ({ page }) => {
      test.skip(CONTACT.enquiryEndpoint !== '', 'an endpoint is configured');
      await gotoOk(page, 'zh-cn/contact/');
      const form = page.locator('[data-enquiry-form]');
      await expect(form).toHaveAttribute('action', new RegExp(`^mailto:${CONTACT.email.value.replace('.', '\\.')}\\?subject=`));
      await expect(form).toHaveAttribute('enctype', 'text/plain');
      for (const name of ['name', 'company', 'email', 'message']) {
        await expect(form.locator(`[name="${name}"]`)).toHaveAttribute('required', '');
      }
      await expect(form.locator('label', { hasText: '*' })).toHaveCount(4);
    });
  });
});
