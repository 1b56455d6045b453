// SPDX-License-Identifier: MIT
// Which page fills the window below the header: the messages (or the empty state), the import
// page, the review of screenshots read by OCR, the list of imported sources, or the user's profile.
export type PageName = 'messages' | 'import' | 'screenshots' | 'sources' | 'profile';

class NavigationState {
  page = $state<PageName>('messages');

  show(page: PageName): void {
    this.page = page;
  }
}

export const navigation = new NavigationState();
