// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

/**
 * How far one page has been told about a live drill: nothing yet (it gets the whole picture first),
 * then what it has seen of the incidents, the decisions and the chart. One per connection; not
 * shared.
 */
public final class LiveCursor {
  boolean started;
  long version;
  long decisions;
  int series;
  long frame = -1;
}
