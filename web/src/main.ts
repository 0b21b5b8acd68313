// The page: the language switch, then the two tools as tabs.
import { articleTool } from './article/article-tool.js';
import { applyStaticText } from './i18n.js';
import { mountLanguageSwitch } from './language-switch.js';
import { tableTool } from './table/table-tool.js';
import { mountTabs } from './tabs.js';
import './styles.css';

const switchSlot = document.getElementById('language-switch');
const toolsSlot = document.getElementById('tools');
if (switchSlot !== null && toolsSlot !== null) {
  mountLanguageSwitch(switchSlot);
  mountTabs(toolsSlot, [
    { id: 'article', label: 'tabArticle', panel: articleTool(undefined) },
    { id: 'table', label: 'tabTable', panel: tableTool() },
  ]);
  applyStaticText(document);
}
