package nnlang.data;

/** A table that an encoding cannot represent; the interpreter turns it into a positioned error. */
public class CodingException extends Exception {
    public CodingException(String message) { super(message); }
}
