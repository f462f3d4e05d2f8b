import { useEffect, type RefObject } from 'react';

/**
 * GraphiQL draws each editor tab as `<li role="tab">` around a button (and a close button): a tab
 * with controls nested inside it (axe: nested-interactive, serious). The props cannot change that,
 * so this moves the tab role onto the tab's own button and leaves the `<li>` presentational, keeping
 * its selected state in step as GraphiQL changes it.
 */
export function useAccessibleTabs(container: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const repair = () => {
      for (const item of root.querySelectorAll<HTMLElement>('li.graphiql-tab')) {
        const button = item.querySelector<HTMLElement>('.graphiql-tab-button');
        if (!button) continue;
        const selected = item.getAttribute('aria-selected') ?? button.getAttribute('aria-selected') ?? 'false';
        if (item.getAttribute('role') !== 'presentation') item.setAttribute('role', 'presentation');
        if (item.hasAttribute('aria-selected')) item.removeAttribute('aria-selected');
        if (button.getAttribute('role') !== 'tab') button.setAttribute('role', 'tab');
        if (button.getAttribute('aria-selected') !== selected) button.setAttribute('aria-selected', selected);
      }
    };
    repair();
    const observer = new MutationObserver(repair);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'aria-selected'] });
    return () => observer.disconnect();
  }, [container]);
}
