package org.assay.engine;

/** No pack of that id is in the rules directory. */
public class UnknownPackException extends RuntimeException {
    public UnknownPackException(String id) {
        super("no pack \"" + id + "\" is loaded");
    }
}
