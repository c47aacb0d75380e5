import type { MethodName, ParsedParams, ResultOf } from '../shared/api';
import type { Session } from './session';

/** What implements a contract method: the session of the library, and the parsed params. */
export type Handler<M extends MethodName> = (
  s: Session,
  p: ParsedParams<M>,
) => ResultOf<M> | Promise<ResultOf<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers of one area of the contract (library, records, documents). */
export type AreaHandlers = Partial<Handlers>;
