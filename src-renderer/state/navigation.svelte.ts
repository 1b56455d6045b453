// SPDX-License-Identifier: MIT
// Which page fills the window below the header: the messages (or the empty state), the import
// page, the review of screenshots read by OCR, the list of imported sources, the user's profile,
// the leak timeline, or the senders with their dossiers and clusters.
export type PageName = 'messages' | 'import' | 'screenshots' | 'sources' | 'profile' | 'timeline' | 'senders';

class NavigationState {
  page = $state<PageName>('messages');

  show(page: PageName): void {
    this.page = page;
  }
}

export const navigation = new NavigationState();
