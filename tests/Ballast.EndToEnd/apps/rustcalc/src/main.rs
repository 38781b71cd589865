//! Evaluates each argument as a reverse Polish notation expression and prints the result,
//! or the reason it cannot be evaluated.

use std::env;
use std::fmt;
use std::process::ExitCode;

#[derive(Debug, PartialEq)]
enum Error {
    Empty,
    Underflow(String),
    Leftover(usize),
    Word(String),
    DivisionByZero,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Error::Empty => write!(f, "empty expression"),
            Error::Underflow(op) => write!(f, "`{op}` needs two operands"),
            Error::Leftover(n) => write!(f, "{n} values left on the stack"),
            Error::Word(word) => write!(f, "`{word}` is neither a number nor an operator"),
            Error::DivisionByZero => write!(f, "division by zero"),
        }
    }
}

fn evaluate(expression: &str) -> Result<f64, Error> {
    let mut stack: Vec<f64> = Vec::new();
    for word in expression.split_whitespace() {
        if let Ok(number) = word.parse::<f64>() {
            stack.push(number);
            continue;
        }
        let (right, left) = match (stack.pop(), stack.pop()) {
            (Some(right), Some(left)) => (right, left),
            _ => return Err(Error::Underflow(word.to_string())),
        };
        stack.push(match word {
            "+" => left + right,
            "-" => left - right,
            "*" => left * right,
            "/" if right == 0.0 => return Err(Error::DivisionByZero),
            "/" => left / right,
            "^" => left.powf(right),
            _ => return Err(Error::Word(word.to_string())),
        });
    }
    match stack.len() {
        0 => Err(Error::Empty),
        1 => Ok(stack[0]),
        n => Err(Error::Leftover(n)),
    }
}

fn main() -> ExitCode {
    let mut failed = false;
    for expression in env::args().skip(1) {
        match evaluate(&expression) {
            Ok(value) => println!("{expression} = {value}"),
            Err(error) => {
                println!("{expression}: {error}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_then_multiplies() {
        assert_eq!(evaluate("3 4 + 2 *"), Ok(14.0));
    }

    #[test]
    fn refuses_division_by_zero() {
        assert_eq!(evaluate("1 0 /"), Err(Error::DivisionByZero));
    }
}
