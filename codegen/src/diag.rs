//! Error accumulation: every phase records problems here, each on the most
//! precise span it has, and the caller reports them all at once.

use proc_macro2::{Span, TokenStream};

/// Errors collected so far.
#[derive(Default)]
pub struct Diagnostics {
    errors: Vec<syn::Error>,
}

impl Diagnostics {
    /// One error.
    pub fn single(span: Span, message: impl std::fmt::Display) -> Diagnostics {
        Diagnostics { errors: vec![syn::Error::new(span, message)] }
    }

    /// Records an error at `span`.
    pub fn error(&mut self, span: Span, message: impl std::fmt::Display) {
        self.errors.push(syn::Error::new(span, message));
    }

    /// Whether nothing went wrong.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// One `compile_error!` per problem.
    pub fn to_compile_errors(&self) -> TokenStream {
        self.errors.iter().map(syn::Error::to_compile_error).collect()
    }

    /// The messages, for tests and the CLI.
    pub fn messages(&self) -> Vec<String> {
        self.errors.iter().map(|e| e.to_string()).collect()
    }
}

impl From<syn::Error> for Diagnostics {
    fn from(e: syn::Error) -> Diagnostics {
        // A `syn::Error` may hold several (combined) errors.
        Diagnostics { errors: e.into_iter().collect() }
    }
}
