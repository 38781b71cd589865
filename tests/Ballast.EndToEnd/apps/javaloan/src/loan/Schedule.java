package loan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The amortisation of a fixed-rate loan paid monthly, rounded to cents as a bank does. */
final class Schedule {
    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    private final BigDecimal principal;
    private final BigDecimal monthlyRate;
    private final int months;
    private final BigDecimal payment;

    Schedule(BigDecimal principal, BigDecimal annualPercent, int years) {
        this.principal = principal;
        this.monthlyRate = annualPercent.divide(TWELVE_HUNDRED, PRECISION);
        this.months = years * 12;
        var growth = BigDecimal.ONE.add(monthlyRate).pow(months, PRECISION);
        this.payment = principal.multiply(monthlyRate).multiply(growth)
            .divide(growth.subtract(BigDecimal.ONE), PRECISION)
            .setScale(2, RoundingMode.HALF_EVEN);
    }

    BigDecimal payment() {
        return payment;
    }

    int months() {
        return months;
    }

    BigDecimal totalInterest() {
        var interest = BigDecimal.ZERO;
        var balance = principal;
        for (var month = 0; month < months; month++) {
            var due = balance.multiply(monthlyRate).setScale(2, RoundingMode.HALF_EVEN);
            interest = interest.add(due);
            balance = balance.add(due).subtract(payment.min(balance.add(due)));
        }
        return interest;
    }

    BigDecimal principalPaidAfter(int paid) {
        var balance = principal;
        for (var month = 0; month < paid; month++) {
            var due = balance.multiply(monthlyRate).setScale(2, RoundingMode.HALF_EVEN);
            balance = balance.add(due).subtract(payment);
        }
        return principal.subtract(balance);
    }
}
