package org.assay.engine.serving;

/** No pack of that id is in the rules directory. */
public class UnknownPackException extends RuntimeException {
    /** How much of an asked-for id a message repeats: enough to recognise it, never a client's whole megabyte. */
    private static final int SHOWN = 80;

    public UnknownPackException(String id) {
        super("no pack \"" + (id.length() > SHOWN ? id.substring(0, SHOWN) + "..." : id) + "\" is loaded");
    }

    /** @param why what the client should know besides, such as that no pack was found at all */
    public UnknownPackException(String id, String why) {
        super(new UnknownPackException(id).getMessage() + (why == null ? "" : "; " + why));
    }
}
