// SPDX-License-Identifier: MIT
import { z } from 'zod';

export const Id = z.number().int().positive();
/** UTC epoch milliseconds. */
export const EpochMs = z.number().int();
