// SPDX-License-Identifier: MIT
// Opens one message, known by id, on the messages page: the way from a timeline marker, an incident
// step or a dossier to the evidence itself. The list keeps its filter; the detail pane shows the message.
import { asClientError, call } from '../api/leakline-client';
import { messages } from './messages.svelte';
import { navigation } from './navigation.svelte';

export async function openMessage(id: number): Promise<void> {
  navigation.show('messages');
  messages.detailLoading = true;
  try {
    messages.detail = await call('messages:get', { id });
  } catch (err) {
    messages.error = asClientError(err);
  } finally {
    messages.detailLoading = false;
  }
}
