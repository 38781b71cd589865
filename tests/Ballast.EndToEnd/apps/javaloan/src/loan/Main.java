package loan;

import java.math.BigDecimal;

/** Prints the monthly payment and the totals of a fixed-rate loan. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: loan PRINCIPAL ANNUAL_RATE_PERCENT YEARS");
            System.exit(2);
        }

        var schedule = new Schedule(
            new BigDecimal(args[0]), new BigDecimal(args[1]), Integer.parseInt(args[2]));
        System.out.println("monthly payment: " + schedule.payment());
        System.out.println("payments:        " + schedule.months());
        System.out.println("total interest:  " + schedule.totalInterest());
        System.out.println("first year:      " + schedule.principalPaidAfter(12) + " principal");
    }
}
