/**
 * Cursor connections shared by follows and notifications: page sizes, opaque cursors,
 * page info.
 */
@NullMarked
package io.streamhub.users.paging;

import org.jspecify.annotations.NullMarked;
