/**
 * Keyset cursor connections: page sizes, opaque cursors, page info.
 */
@NullMarked
package io.streamhub.platform.paging;

import org.jspecify.annotations.NullMarked;
