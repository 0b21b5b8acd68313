// The language switch: one button that names, in its own language, the language it switches to.
import { h } from './dom.js';
import { locale, onLocaleChange, setLocale, t } from './i18n.js';

export function mountLanguageSwitch(container: HTMLElement): void {
  const button = h('button', {
    type: 'button',
    class: 'language-switch',
    'data-testid': 'language-switch',
    onclick: () => setLocale(t('switchToLang')),
  });
  function render(): void {
    button.textContent = t('switchTo');
    button.lang = t('switchToLang');
    button.setAttribute('aria-label', t('switchLabel'));
    button.dataset['current'] = locale();
  }
  render();
  onLocaleChange(render);
  container.append(button);
}
