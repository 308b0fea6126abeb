/**
 * Comments: threads, lookups, changes and the batched fields of Comment and Video.
 */
@NullMarked
package io.streamhub.comments.comment;

import org.jspecify.annotations.NullMarked;
