// SPDX-License-Identifier: MIT
// The profile page's state: the saved profile with its items and how often each is mentioned,
// the form's draft, and saving it (which re-matches every message in a job the panel follows).
import type { ErrorPayload, ProfileItem, ProfileItemUse } from '../../src-main/ipc/contract';
import { asClientError, call } from '../api/leakline-client';
import { jobs } from './jobs.svelte';
import { draftFromProfile, draftProblems, emptyDraft, profileFromDraft, type ProfileDraft } from './profile-draft';

function payloadOf(err: unknown): ErrorPayload {
  const error = asClientError(err);
  return { code: error.code, message: error.message };
}

class ProfileState {
  loaded = $state(false);
  draft = $state<ProfileDraft>(emptyDraft());
  items = $state<ProfileItem[]>([]);
  uses = $state<ProfileItemUse[]>([]);
  /** Values are masked until the user asks to see them. */
  revealed = $state(false);
  loadError = $state<ErrorPayload | null>(null);
  saveError = $state<ErrorPayload | null>(null);
  saving = $state(false);
  saved = $state(false);
  problems = $derived(draftProblems(this.draft));

  #request = 0;

  async load(): Promise<void> {
    const request = ++this.#request;
    try {
      const answer = await call('profile:get', {});
      if (request !== this.#request) return;
      this.draft = draftFromProfile(answer.profile);
      this.items = answer.items;
      this.uses = answer.uses;
      this.loaded = true;
      this.loadError = null;
    } catch (err) {
      if (request === this.#request) this.loadError = payloadOf(err);
    }
  }

  /** Counts only: the draft the user may be editing is left alone. */
  async refreshUses(): Promise<void> {
    try {
      const answer = await call('profile:get', {});
      this.items = answer.items;
      this.uses = answer.uses;
    } catch (err) {
      this.loadError = payloadOf(err);
    }
  }

  useOf(key: string): ProfileItemUse | undefined {
    return this.uses.find((use) => use.key === key);
  }

  async save(): Promise<boolean> {
    if (this.saving || this.problems.length > 0) return false;
    this.saving = true;
    this.saved = false;
    this.saveError = null;
    try {
      await jobs.runFollowing(() => call('profile:set', { profile: profileFromDraft(this.draft) }), (result) => result.jobId);
      this.saved = true;
      // The main side normalises what it stores (digits only, +86 dropped): show that.
      await this.load();
      return true;
    } catch (err) {
      this.saveError = payloadOf(err);
      return false;
    } finally {
      this.saving = false;
    }
  }
}

export const profile = new ProfileState();
