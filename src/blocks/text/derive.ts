/** A text block is prose: the plan's Markdown between other blocks. */
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';

export type TextView = BlockView<'text'>;

export const deriveText: BlockDeriver<'text', TextView> = (block) => ({ type: 'text', parts: [{ kind: 'prose', markdown: block.markdown }] });
