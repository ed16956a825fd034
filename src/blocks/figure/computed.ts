/** Where a figure's image is published, for plan.json: readers of the JSON find the file without the page. */
import type { BlockComputedHook } from '../../derive/computed-numbers';
import { IMAGE_MEDIA_TYPE } from '../../shared/published-image';

export const figureComputed: BlockComputedHook<'figure'> = (figure) =>
  figure.image && figure.published
    ? { list: 'images', numbers: { image: figure.image, url: `bilder/${figure.published.name}`, type: IMAGE_MEDIA_TYPE[figure.published.format] } }
    : undefined;
