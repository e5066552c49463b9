package org.assay.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.assess.Requests;

import java.util.function.LongSupplier;

/**
 * How much input a request brings to its work, found without reading it whole: its body, and the
 * saved scenario it names (a 130-byte body can start from a fact set of a megabyte).
 */
@ApplicationScoped
public class InputBytes {

    @Inject
    JsonBody json;

    @Inject
    Requests requests;

    @Inject
    AssayConfig config;

    /** Asked on the plain pool: it may read the store. A body already over the bound is not read. */
    LongSupplier of(byte[] body) {
        return () -> body.length > config.work().heavyInputBytes() ? body.length : body.length + requests.savedSize(json.parse(body));
    }
}
