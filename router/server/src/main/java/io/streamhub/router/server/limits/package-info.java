/**
 * Limits checked on the document before planning: tokens, depth, aliases, root fields,
 * directives per field and a static cost estimate.
 */
@NullMarked
package io.streamhub.router.server.limits;

import org.jspecify.annotations.NullMarked;
