/** Roles with separate funding (Fyrbodal): role, share of a position, mandate. */
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import { row, textCell } from '../../derive/table-parts';
import { formatPercent } from '../../shared/format-sv';
import { FUNDED_ROLES } from '../../shared/words-sv';

export const deriveFundedRoles: BlockDeriver<'fundedRoles', BlockView<'fundedRoles'>> = (block) => ({
  type: 'fundedRoles',
  parts: [{
    kind: 'table',
    name: block.title,
    caption: { text: block.title },
    columns: [{ header: FUNDED_ROLES.role, weight: 4 }, { header: FUNDED_ROLES.extent, numeric: true, weight: 1.4 }, { header: FUNDED_ROLES.mandate, weight: 3 }],
    groups: [{
      rows: block.roles.map((role) => row('line', [
        textCell(role.role, { header: true }),
        textCell(formatPercent(role.percent), { numeric: true }),
        textCell(role.mandate ?? ''),
      ])),
    }],
    footer: [],
  }],
});
