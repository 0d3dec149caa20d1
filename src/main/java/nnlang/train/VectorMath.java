package nnlang.train;

import static nnlang.model.Exp.*;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link nnlang.model.Exp#exp}, and sigmoid and tanh as {@link nnlang.model.Activation} builds
 * them on it, for the lanes of a DoubleVector: the same operations in the same order, one per
 * line as there, so every lane has the bits of the scalar function (loaded only with the Vector
 * API, by VectorKernels).
 */
final class VectorMath {
    private VectorMath() {}

    private static final long SHIFT_BITS = Double.doubleToRawLongBits(SHIFT);

    static DoubleVector exp(DoubleVector x) {
        VectorSpecies<Double> s = x.species();
        DoubleVector xc = x.max(LOW).min(HIGH);
        DoubleVector shifted = xc.fma(LOG2E, SHIFT);
        DoubleVector kd = shifted.sub(SHIFT);
        DoubleVector hi = kd.neg().fma(DoubleVector.broadcast(s, LN2_HI), xc);
        DoubleVector lo = kd.mul(LN2_LO);
        DoubleVector r = hi.sub(lo);
        DoubleVector rerr = hi.sub(r).sub(lo);
        DoubleVector p = r.fma(C13, C12);
        p = p.fma(r, DoubleVector.broadcast(s, C11));
        p = p.fma(r, DoubleVector.broadcast(s, C10));
        p = p.fma(r, DoubleVector.broadcast(s, C9));
        p = p.fma(r, DoubleVector.broadcast(s, C8));
        p = p.fma(r, DoubleVector.broadcast(s, C7));
        p = p.fma(r, DoubleVector.broadcast(s, C6));
        p = p.fma(r, DoubleVector.broadcast(s, C5));
        p = p.fma(r, DoubleVector.broadcast(s, C4));
        p = p.fma(r, DoubleVector.broadcast(s, C3));
        p = p.fma(r, DoubleVector.broadcast(s, C2));
        DoubleVector u = r.mul(p).fma(r, rerr);
        DoubleVector one = DoubleVector.broadcast(s, 1);
        DoubleVector sum = one.add(r);
        DoubleVector serr = one.sub(sum).add(r);
        DoubleVector e = sum.add(serr.add(u));
        LongVector k = shifted.reinterpretAsLongs().sub(SHIFT_BITS);
        LongVector k1 = k.lanewise(VectorOperators.ASHR, 1), k2 = k.sub(k1);
        DoubleVector y = e.mul(k1.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles())
                .mul(k2.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles());
        y = y.blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.GT, OVER));
        y = y.blend(0, x.compare(VectorOperators.LT, UNDER));
        return y.blend(x, x.test(VectorOperators.IS_NAN));
    }

    /** (z >= 0 ? 1 : e) / (1 + e), e = exp(-|z|). */
    static DoubleVector sigmoid(DoubleVector z) {
        DoubleVector e = exp(z.abs().neg());
        return e.blend(1, z.compare(VectorOperators.GE, 0)).div(e.add(1));
    }

    /** t = (1 - e) / (1 + e), e = exp(-2 |z|); -t for z < 0. */
    static DoubleVector tanh(DoubleVector z) {
        DoubleVector e = exp(z.abs().mul(-2));
        DoubleVector t = DoubleVector.broadcast(z.species(), 1).sub(e).div(e.add(1));
        return t.blend(t.neg(), z.compare(VectorOperators.LT, 0));
    }
}
