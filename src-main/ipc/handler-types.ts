// SPDX-License-Identifier: MIT
// The handler signature for every channel, shared by the handler modules of each area.
import type { Channel, ParsedRequestOf, ResponseOf } from './contract';
import type { HandlerContext } from './handler-context';

export type Handlers = {
  [C in Channel]: (request: ParsedRequestOf<C>, ctx: HandlerContext) => Promise<ResponseOf<C>>;
};

/** The handlers of some channels, for an area's own module. */
export type HandlersOf<C extends Channel> = Pick<Handlers, C>;
