/**
 * StreamHub router engine.
 */
@NullMarked
package io.streamhub.router;

import org.jspecify.annotations.NullMarked;
