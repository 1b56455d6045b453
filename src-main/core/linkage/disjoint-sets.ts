// SPDX-License-Identifier: MIT
// Union-find over integer ids, with path halving and the smaller id as the root, so that a
// cluster's root is its smallest sender id (the cluster's stable id) without a second pass.
export class DisjointSets {
  private readonly parent = new Map<number, number>();

  find(x: number): number {
    let p = this.parent.get(x);
    if (p === undefined) {
      this.parent.set(x, x);
      return x;
    }
    while (p !== x) {
      const grand = this.parent.get(p)!;
      this.parent.set(x, grand);
      x = grand;
      p = this.parent.get(x)!;
    }
    return x;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}
