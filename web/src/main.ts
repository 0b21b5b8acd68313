// The page: the language switch, then the two tools as tabs.
import type { ArticleChecker } from './article/article-report.js';
import { articleTool } from './article/article-tool.js';
import { applyStaticText } from './i18n.js';
import { mountLanguageSwitch } from './language-switch.js';
import { tableTool } from './table/table-tool.js';
import { mountTabs } from './tabs.js';
import './styles.css';

// The checker and its vocabulary load with the first check, not with the page.
async function loadArticleChecker(): Promise<ArticleChecker> {
  return (await import('./article/check-article.js')).checkArticleText;
}

const switchSlot = document.getElementById('language-switch');
const toolsSlot = document.getElementById('tools');
if (switchSlot !== null && toolsSlot !== null) {
  mountLanguageSwitch(switchSlot);
  mountTabs(toolsSlot, [
    { id: 'article', label: 'tabArticle', panel: articleTool(loadArticleChecker) },
    { id: 'table', label: 'tabTable', panel: tableTool() },
  ]);
  applyStaticText(document);
}
