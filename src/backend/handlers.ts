import { documentHandlers } from './documents/handlers';
import type { Handlers } from './handlerTypes';
import { libraryHandlers } from './library/handlers';
import { recordHandlers } from './records/handlers';

/** Every method of the contract, by area; the type checks that none is missing. */
export const handlers: Handlers = {
  ...libraryHandlers,
  ...recordHandlers,
  ...documentHandlers,
};
