/// Implemented once by `export!`: a second call is a conflicting impl naming the world.
#[doc(hidden)]
#[allow(non_camel_case_types, reason = "named after the WIT world for error messages")]
#[allow(dead_code, reason = "used only when the world is exported")]
#[diagnostic::on_unimplemented(
    message = "`export!` must be called once per world; the world `compound-world` is already exported by `{Self}`"
)]
pub trait __ExportedOnce_compound_world<T> {}
#[doc(hidden)]
#[allow(dead_code, reason = "used only when the world is exported")]
pub struct __ExportMarker;
/// Exports `$ty` as the implementation of every `Guest` trait of this world.
///
/// `export!(MyType)` where the bindings were generated in the calling module;
/// `export!(MyType with_types_in path::to::bindings)` otherwise.
#[doc(hidden)]
#[allow(unused_macros, reason = "a world without exports never calls it")]
macro_rules! __export_compound_world_impl {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
        impl $($path_to_types_root)* ::__ExportedOnce_compound_world < $ty > for
        $($path_to_types_root)* ::__ExportMarker {} #[cfg(target_arch = "wasm32")] const
        _ : () = { #[used] static __FORCE_SECTION_REF : fn () = $($path_to_types_root)*
        ::__link_custom_section_describing_imports; }; $($path_to_types_root)*
        ::exports::fixture::compound::shapes::__export_fixture__compound__shapes_cabi!($ty
        with_types_in $($path_to_types_root)* ::exports::fixture::compound::shapes);
    };
}
#[doc(inline)]
#[allow(unused_imports, reason = "a world without exports never calls it")]
pub(crate) use __export_compound_world_impl as export;
#[cfg(target_arch = "wasm32")]
#[unsafe(
    link_section = "component-type:wit-guest:0.1.0:fixture:compound:compound-world:encoded world"
)]
#[doc(hidden)]
pub static __WIT_GUEST_COMPONENT_TYPE: [u8; 843usize] = *b"\0asm\r\0\x01\0\0\x19\x16wit-component-encoding\x04\0\x07\xE4\x05\x01A\x02\x01A\x04\x01B!\x01r\x02\x01xv\x01yv\x04\0\x05point\x03\0\0\x01p\x01\x01ps\x01r\x03\x05labels\x06points\x02\x04tags\x03\x04\0\x07polygon\x03\0\x04\x01q\x03\x03dot\x01\x01\0\x04poly\x01\x05\0\x07nothing\0\0\x04\0\x05shape\x03\0\x06\x01m\x03\x01a\x01b\x01c\x04\0\x04kind\x03\0\x08\x01n\x02\x04read\x05write\x04\0\x05perms\x03\0\n\x01p\x05\x04\0\x05polys\x03\0\x0C\x01q\x02\tnot-found\x01s\0\x07too-big\x01w\0\x04\0\x07failure\x03\0\x0E\x01j\x01u\x01\x0F\x01@\x01\x01s\x07\0\x10\x04\0\x04area\x01\x11\x01k\x05\x01p\x12\x01ky\x01k\x14\x01p\x07\x01j\x01\x16\x01s\x01@\x02\x01x\x13\x01y\x15\0\x17\x04\0\x04nest\x01\x18\x01o\x03}s\x01\x01o\x03s\t\x0B\x01@\x01\x01t\x19\0\x1A\x04\0\x06tuples\x01\x1B\x01@\x01\x01p\r\0\r\x04\0\necho-polys\x01\x1C\x03\0\x17fixture:compound/shapes\x05\0\x01B!\x01r\x02\x01xv\x01yv\x04\0\x05point\x03\0\0\x01p\x01\x01ps\x01r\x03\x05labels\x06points\x02\x04tags\x03\x04\0\x07polygon\x03\0\x04\x01q\x03\x03dot\x01\x01\0\x04poly\x01\x05\0\x07nothing\0\0\x04\0\x05shape\x03\0\x06\x01m\x03\x01a\x01b\x01c\x04\0\x04kind\x03\0\x08\x01n\x02\x04read\x05write\x04\0\x05perms\x03\0\n\x01p\x05\x04\0\x05polys\x03\0\x0C\x01q\x02\tnot-found\x01s\0\x07too-big\x01w\0\x04\0\x07failure\x03\0\x0E\x01j\x01u\x01\x0F\x01@\x01\x01s\x07\0\x10\x04\0\x04area\x01\x11\x01k\x05\x01p\x12\x01ky\x01k\x14\x01p\x07\x01j\x01\x16\x01s\x01@\x02\x01x\x13\x01y\x15\0\x17\x04\0\x04nest\x01\x18\x01o\x03}s\x01\x01o\x03s\t\x0B\x01@\x01\x01t\x19\0\x1A\x04\0\x06tuples\x01\x1B\x01@\x01\x01p\r\0\r\x04\0\necho-polys\x01\x1C\x04\0\x17fixture:compound/shapes\x05\x01\x04\0\x1Ffixture:compound/compound-world\x04\0\x0B\x14\x01\0\x0Ecompound-world\x03\0\0\0)\tproducers\x01\x0Cprocessed-by\x01\twit-guest\x050.1.0";
#[inline(never)]
#[doc(hidden)]
pub fn __link_custom_section_describing_imports() {
    ::wit_guest::rt::maybe_link_cabi_realloc();
}
const _: &[u8] = include_bytes!("$FIXTURES/compound.wit");
#[allow(
    dead_code,
    reason = "bindings cover the whole world; a component uses part of it"
)]
#[allow(
    unused_unsafe,
    unused_parens,
    reason = "uniform glue: some types need no unsafe code or grouping"
)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
#[allow(
    clippy::module_inception,
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "names and types follow the WIT"
)]
pub mod fixture {
    pub mod compound {
        pub mod shapes {
            #[allow(unused_imports, reason = "not every module has glue")]
            use ::wit_guest::rt as __wit_guest_rt;
            #[used]
            #[doc(hidden)]
            static __FORCE_SECTION_REF: fn() = super::super::super::__link_custom_section_describing_imports;
            #[repr(C)]
            #[derive(Clone, Copy)]
            pub struct Point {
                pub x: f32,
                pub y: f32,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Point {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("Point")
                        .field("x", &self.x)
                        .field("y", &self.y)
                        .finish()
                }
            }
            impl Point {
                #[doc(hidden)]
                #[inline]
                #[allow(clippy::type_complexity, reason = "one element per flat value")]
                pub unsafe fn __wit_guest_flat(&self) -> (f32, f32) {
                    unsafe {
                        (__wit_guest_rt::as_f32(self.x), __wit_guest_rt::as_f32(self.y))
                    }
                }
                #[doc(hidden)]
                #[inline]
                #[allow(
                    clippy::too_many_arguments,
                    reason = "one argument per flat value"
                )]
                pub unsafe fn __wit_guest_lift_flat(flat0: f32, flat1: f32) -> Self {
                    unsafe { Point { x: flat0, y: flat1 } }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        Point {
                            x: *at.cast::<f32>(),
                            y: *at.add(4).cast::<f32>(),
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                    unsafe {
                        *at.cast::<u32>() = (self.x).to_bits();
                        *at.add(4).cast::<u32>() = (self.y).to_bits();
                    }
                }
            }
            /// A labelled polygon.
            #[derive(Clone)]
            pub struct Polygon {
                pub label: ::wit_guest::rt::String,
                pub points: ::wit_guest::rt::Vec<Point>,
                pub tags: ::wit_guest::rt::Vec<::wit_guest::rt::String>,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Polygon {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    f.debug_struct("Polygon")
                        .field("label", &self.label)
                        .field("points", &self.points)
                        .field("tags", &self.tags)
                        .finish()
                }
            }
            impl Polygon {
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        Polygon {
                            label: __wit_guest_rt::string_lift(
                                *at.cast::<i32>(),
                                *at.add(4).cast::<i32>(),
                            ),
                            points: __wit_guest_rt::list_lift_with(
                                *at.add(8).cast::<i32>(),
                                *at.add(12).cast::<i32>(),
                                8,
                                4,
                                |at1_: *mut u8| Point::__wit_guest_load(at1_),
                            ),
                            tags: __wit_guest_rt::list_lift_with(
                                *at.add(16).cast::<i32>(),
                                *at.add(20).cast::<i32>(),
                                8,
                                4,
                                |at2_: *mut u8| __wit_guest_rt::string_lift(
                                    *at2_.cast::<i32>(),
                                    *at2_.add(4).cast::<i32>(),
                                ),
                            ),
                        }
                    }
                }
            }
            #[derive(Clone)]
            pub enum Shape {
                Dot(Point),
                Poly(Polygon),
                Nothing,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Shape {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    match self {
                        Shape::Dot(e) => f.debug_tuple("Shape::Dot").field(e).finish(),
                        Shape::Poly(e) => f.debug_tuple("Shape::Poly").field(e).finish(),
                        Shape::Nothing => f.debug_tuple("Shape::Nothing").finish(),
                    }
                }
            }
            impl Shape {
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        match *at.cast::<u8>() {
                            0 => Shape::Dot(Point::__wit_guest_load(at.add(4))),
                            1 => Shape::Poly(Polygon::__wit_guest_load(at.add(4))),
                            2 => Shape::Nothing,
                            _ => __wit_guest_rt::invalid_discriminant(),
                        }
                    }
                }
            }
            #[repr(u8)]
            #[derive(Clone, Copy, Eq, Ord, PartialEq, PartialOrd)]
            pub enum Kind {
                A,
                B,
                C,
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Kind {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    match self {
                        Kind::A => f.debug_tuple("Kind::A").finish(),
                        Kind::B => f.debug_tuple("Kind::B").finish(),
                        Kind::C => f.debug_tuple("Kind::C").finish(),
                    }
                }
            }
            impl Kind {
                #[doc(hidden)]
                #[inline]
                pub unsafe fn _lift(val: u8) -> Kind {
                    Self::__wit_guest_lift(u32::from(val))
                }
                /// The case whose discriminant is `val`; traps on any other value.
                #[doc(hidden)]
                #[inline]
                pub fn __wit_guest_lift(val: u32) -> Kind {
                    match val {
                        0 => Kind::A,
                        1 => Kind::B,
                        2 => Kind::C,
                        _ => ::wit_guest::rt::invalid_discriminant(),
                    }
                }
                /// The case's discriminant.
                #[doc(hidden)]
                #[inline]
                pub fn __wit_guest_lower(&self) -> i32 {
                    *self as i32
                }
            }
            ::wit_guest::rt::bitflags::bitflags! {
                #[derive(PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Clone, Copy)] pub
                struct Perms : u8 { const READ = 1 << 0; const WRITE = 1 << 1; }
            }
            pub type Polys = ::wit_guest::rt::Vec<Polygon>;
            #[derive(Clone)]
            pub enum Failure {
                NotFound(::wit_guest::rt::String),
                TooBig(u64),
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for Failure {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    match self {
                        Failure::NotFound(e) => {
                            f.debug_tuple("Failure::NotFound").field(e).finish()
                        }
                        Failure::TooBig(e) => {
                            f.debug_tuple("Failure::TooBig").field(e).finish()
                        }
                    }
                }
            }
            impl ::core::fmt::Display for Failure {
                #[inline]
                fn fmt(
                    &self,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::fmt::Result {
                    ::core::write!(f, "{:?}", self)
                }
            }
            impl ::core::error::Error for Failure {}
            impl Failure {
                #[doc(hidden)]
                #[inline]
                #[allow(clippy::type_complexity, reason = "one element per flat value")]
                pub unsafe fn __wit_guest_flat(&self) -> (i32, i64, i32) {
                    unsafe {
                        let (f3_, f4_, f5_) = match &self {
                            Failure::NotFound(e6_) => {
                                (
                                    0,
                                    __wit_guest_rt::ptr_i32(e6_.as_ptr()) as u32 as i64,
                                    __wit_guest_rt::len_i32(e6_.len()),
                                )
                            }
                            Failure::TooBig(e7_) => {
                                (1, __wit_guest_rt::as_i64(e7_), 0i32)
                            }
                        };
                        (f3_, f4_, f5_)
                    }
                }
                #[doc(hidden)]
                #[inline]
                #[allow(
                    clippy::too_many_arguments,
                    reason = "one argument per flat value"
                )]
                pub unsafe fn __wit_guest_lift_flat(
                    flat0: i32,
                    flat1: i64,
                    flat2: i32,
                ) -> Self {
                    unsafe {
                        match flat0 {
                            0 => {
                                Failure::NotFound(
                                    __wit_guest_rt::string_lift(flat1 as i32, flat2),
                                )
                            }
                            1 => Failure::TooBig(flat1 as u64),
                            _ => __wit_guest_rt::invalid_discriminant(),
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                    unsafe {
                        match *at.cast::<u8>() {
                            0 => {
                                Failure::NotFound(
                                    __wit_guest_rt::string_lift(
                                        *at.add(8).cast::<i32>(),
                                        *at.add(12).cast::<i32>(),
                                    ),
                                )
                            }
                            1 => Failure::TooBig(*at.add(8).cast::<u64>()),
                            _ => __wit_guest_rt::invalid_discriminant(),
                        }
                    }
                }
                #[doc(hidden)]
                #[inline]
                pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                    unsafe {
                        match &self {
                            Failure::NotFound(e1_) => {
                                *at.cast::<u8>() = 0;
                                *at.add(8).cast::<i32>() = __wit_guest_rt::ptr_i32(
                                    e1_.as_ptr(),
                                );
                                *at.add(12).cast::<i32>() = __wit_guest_rt::len_i32(
                                    e1_.len(),
                                );
                            }
                            Failure::TooBig(e2_) => {
                                *at.cast::<u8>() = 1;
                                *at.add(8).cast::<i64>() = __wit_guest_rt::as_i64(e2_);
                            }
                        }
                    }
                }
            }
            #[inline]
            pub fn area(s: &Shape) -> ::core::result::Result<f64, Failure> {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    let (f1_, f2_, f3_, f4_, f5_, f6_, f7_) = match &s {
                        Shape::Dot(e8_) => {
                            let (f9_, f10_) = (e8_).__wit_guest_flat();
                            (
                                0,
                                f9_.to_bits() as i32,
                                f10_.to_bits() as i32,
                                0i32,
                                0i32,
                                0i32,
                                0i32,
                            )
                        }
                        Shape::Poly(e11_) => {
                            let len13_ = e11_.points.len();
                            let base14_ = cleanup_.alloc(len13_ * 8, 4);
                            for (i17_, e16_) in e11_.points.iter().enumerate() {
                                let at15_ = base14_.add(i17_ * 8);
                                (e16_).__wit_guest_store(at15_);
                            }
                            let ptr12_ = __wit_guest_rt::ptr_i32(base14_);
                            let len19_ = e11_.tags.len();
                            let base20_ = cleanup_.alloc(len19_ * 8, 4);
                            for (i23_, e22_) in e11_.tags.iter().enumerate() {
                                let at21_ = base20_.add(i23_ * 8);
                                *at21_.cast::<i32>() = __wit_guest_rt::ptr_i32(
                                    e22_.as_ptr(),
                                );
                                *at21_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                                    e22_.len(),
                                );
                            }
                            let ptr18_ = __wit_guest_rt::ptr_i32(base20_);
                            (
                                1,
                                __wit_guest_rt::ptr_i32(e11_.label.as_ptr()),
                                __wit_guest_rt::len_i32(e11_.label.len()),
                                ptr12_,
                                __wit_guest_rt::len_i32(len13_),
                                ptr18_,
                                __wit_guest_rt::len_i32(len19_),
                            )
                        }
                        Shape::Nothing => (2, 0i32, 0i32, 0i32, 0i32, 0i32, 0i32),
                    };
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<24>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_area(
                        f1_,
                        f2_,
                        f3_,
                        f4_,
                        f5_,
                        f6_,
                        f7_,
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    match *ret_.cast::<u8>() {
                        0 => ::core::result::Result::Ok(*ret_.add(8).cast::<f64>()),
                        1 => {
                            ::core::result::Result::Err(
                                Failure::__wit_guest_load(ret_.add(8)),
                            )
                        }
                        _ => __wit_guest_rt::invalid_discriminant(),
                    }
                }
            }
            #[inline]
            pub fn nest(
                x: &[::core::option::Option<Polygon>],
                y: ::core::option::Option<::core::option::Option<u32>>,
            ) -> ::core::result::Result<
                ::wit_guest::rt::Vec<Shape>,
                ::wit_guest::rt::String,
            > {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    let len2_ = x.len();
                    let base3_ = cleanup_.alloc(len2_ * 28, 4);
                    for (i6_, e5_) in x.iter().enumerate() {
                        let at4_ = base3_.add(i6_ * 28);
                        match &e5_ {
                            ::core::option::Option::None => {
                                *at4_.cast::<u8>() = 0;
                            }
                            ::core::option::Option::Some(e7_) => {
                                *at4_.cast::<u8>() = 1;
                                *at4_.add(4).cast::<i32>() = __wit_guest_rt::ptr_i32(
                                    e7_.label.as_ptr(),
                                );
                                *at4_.add(8).cast::<i32>() = __wit_guest_rt::len_i32(
                                    e7_.label.len(),
                                );
                                let len9_ = e7_.points.len();
                                let base10_ = cleanup_.alloc(len9_ * 8, 4);
                                for (i13_, e12_) in e7_.points.iter().enumerate() {
                                    let at11_ = base10_.add(i13_ * 8);
                                    (e12_).__wit_guest_store(at11_);
                                }
                                let ptr8_ = __wit_guest_rt::ptr_i32(base10_);
                                *at4_.add(12).cast::<i32>() = ptr8_;
                                *at4_.add(16).cast::<i32>() = __wit_guest_rt::len_i32(
                                    len9_,
                                );
                                let len15_ = e7_.tags.len();
                                let base16_ = cleanup_.alloc(len15_ * 8, 4);
                                for (i19_, e18_) in e7_.tags.iter().enumerate() {
                                    let at17_ = base16_.add(i19_ * 8);
                                    *at17_.cast::<i32>() = __wit_guest_rt::ptr_i32(
                                        e18_.as_ptr(),
                                    );
                                    *at17_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                                        e18_.len(),
                                    );
                                }
                                let ptr14_ = __wit_guest_rt::ptr_i32(base16_);
                                *at4_.add(20).cast::<i32>() = ptr14_;
                                *at4_.add(24).cast::<i32>() = __wit_guest_rt::len_i32(
                                    len15_,
                                );
                            }
                        }
                    }
                    let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                    let (f20_, f21_, f22_) = match &y {
                        ::core::option::Option::None => (0, 0i32, 0i32),
                        ::core::option::Option::Some(e23_) => {
                            let (f24_, f25_) = match &e23_ {
                                ::core::option::Option::None => (0, 0i32),
                                ::core::option::Option::Some(e26_) => {
                                    (1, __wit_guest_rt::as_i32(e26_))
                                }
                            };
                            (1, f24_, f25_)
                        }
                    };
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<12>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_nest(
                        ptr1_,
                        __wit_guest_rt::len_i32(len2_),
                        f20_,
                        f21_,
                        f22_,
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    match *ret_.cast::<u8>() {
                        0 => {
                            ::core::result::Result::Ok(
                                __wit_guest_rt::list_lift_with(
                                    *ret_.add(4).cast::<i32>(),
                                    *ret_.add(8).cast::<i32>(),
                                    28,
                                    4,
                                    |at27_: *mut u8| Shape::__wit_guest_load(at27_),
                                ),
                            )
                        }
                        1 => {
                            ::core::result::Result::Err(
                                __wit_guest_rt::string_lift(
                                    *ret_.add(4).cast::<i32>(),
                                    *ret_.add(8).cast::<i32>(),
                                ),
                            )
                        }
                        _ => __wit_guest_rt::invalid_discriminant(),
                    }
                }
            }
            #[inline]
            pub fn tuples(
                t: (u8, &str, &Point),
            ) -> (::wit_guest::rt::String, Kind, Perms) {
                unsafe {
                    let (f1_, f2_) = (t.2).__wit_guest_flat();
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<12>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_tuples(
                        __wit_guest_rt::as_i32(t.0),
                        __wit_guest_rt::ptr_i32(t.1.as_ptr()),
                        __wit_guest_rt::len_i32(t.1.len()),
                        f1_,
                        f2_,
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    (
                        __wit_guest_rt::string_lift(
                            *ret_.cast::<i32>(),
                            *ret_.add(4).cast::<i32>(),
                        ),
                        Kind::__wit_guest_lift(*ret_.add(8).cast::<u8>() as u32),
                        Perms::from_bits_truncate(*ret_.add(9).cast::<u8>()),
                    )
                }
            }
            #[inline]
            pub fn echo_polys(p: &[Polygon]) -> Polys {
                unsafe {
                    let mut cleanup_ = __wit_guest_rt::Cleanup::new();
                    let len2_ = p.len();
                    let base3_ = cleanup_.alloc(len2_ * 24, 4);
                    for (i6_, e5_) in p.iter().enumerate() {
                        let at4_ = base3_.add(i6_ * 24);
                        *at4_.cast::<i32>() = __wit_guest_rt::ptr_i32(
                            e5_.label.as_ptr(),
                        );
                        *at4_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                            e5_.label.len(),
                        );
                        let len8_ = e5_.points.len();
                        let base9_ = cleanup_.alloc(len8_ * 8, 4);
                        for (i12_, e11_) in e5_.points.iter().enumerate() {
                            let at10_ = base9_.add(i12_ * 8);
                            (e11_).__wit_guest_store(at10_);
                        }
                        let ptr7_ = __wit_guest_rt::ptr_i32(base9_);
                        *at4_.add(8).cast::<i32>() = ptr7_;
                        *at4_.add(12).cast::<i32>() = __wit_guest_rt::len_i32(len8_);
                        let len14_ = e5_.tags.len();
                        let base15_ = cleanup_.alloc(len14_ * 8, 4);
                        for (i18_, e17_) in e5_.tags.iter().enumerate() {
                            let at16_ = base15_.add(i18_ * 8);
                            *at16_.cast::<i32>() = __wit_guest_rt::ptr_i32(
                                e17_.as_ptr(),
                            );
                            *at16_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(
                                e17_.len(),
                            );
                        }
                        let ptr13_ = __wit_guest_rt::ptr_i32(base15_);
                        *at4_.add(16).cast::<i32>() = ptr13_;
                        *at4_.add(20).cast::<i32>() = __wit_guest_rt::len_i32(len14_);
                    }
                    let ptr1_ = __wit_guest_rt::ptr_i32(base3_);
                    let mut ret_area_ = ::core::mem::MaybeUninit::<
                        __wit_guest_rt::RetArea<8>,
                    >::uninit();
                    let ret_ = ret_area_.as_mut_ptr().cast::<u8>();
                    __import_echo_polys(
                        ptr1_,
                        __wit_guest_rt::len_i32(len2_),
                        __wit_guest_rt::ptr_i32(ret_),
                    );
                    __wit_guest_rt::list_lift_with(
                        *ret_.cast::<i32>(),
                        *ret_.add(4).cast::<i32>(),
                        24,
                        4,
                        |at19_: *mut u8| Polygon::__wit_guest_load(at19_),
                    )
                }
            }
            #[cfg(target_arch = "wasm32")]
            #[link(wasm_import_module = "fixture:compound/shapes")]
            unsafe extern "C" {
                #[link_name = "area"]
                fn __import_area(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                );
                #[link_name = "nest"]
                fn __import_nest(_: i32, _: i32, _: i32, _: i32, _: i32, _: i32);
                #[link_name = "tuples"]
                fn __import_tuples(_: i32, _: i32, _: i32, _: f32, _: f32, _: i32);
                #[link_name = "echo-polys"]
                fn __import_echo_polys(_: i32, _: i32, _: i32);
            }
            #[cfg(not(target_arch = "wasm32"))]
            use __wit_guest_host::{
                __import_area, __import_nest, __import_tuples, __import_echo_polys,
            };
            #[cfg(not(target_arch = "wasm32"))]
            mod __wit_guest_host {
                fn on_host() -> ! {
                    super::__wit_guest_rt::wasm32_only(
                        "wit-guest: imports can only be called on wasm32",
                    )
                }
                #[allow(
                    clippy::too_many_arguments,
                    reason = "the WIT function has this many parameters"
                )]
                pub(super) unsafe fn __import_area(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
                pub(super) unsafe fn __import_nest(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                    _: i32,
                ) {
                    on_host()
                }
                pub(super) unsafe fn __import_tuples(
                    _: i32,
                    _: i32,
                    _: i32,
                    _: f32,
                    _: f32,
                    _: i32,
                ) {
                    on_host()
                }
                pub(super) unsafe fn __import_echo_polys(_: i32, _: i32, _: i32) {
                    on_host()
                }
            }
        }
    }
}
#[allow(
    dead_code,
    reason = "bindings cover the whole world; a component uses part of it"
)]
#[allow(
    unused_unsafe,
    unused_parens,
    reason = "uniform glue: some types need no unsafe code or grouping"
)]
#[allow(
    non_snake_case,
    clippy::collapsible_if,
    reason = "glue named after WIT functions, freeing one `if` per nested case"
)]
#[allow(
    clippy::module_inception,
    clippy::type_complexity,
    clippy::result_unit_err,
    reason = "names and types follow the WIT"
)]
pub mod exports {
    pub mod fixture {
        pub mod compound {
            pub mod shapes {
                #[allow(unused_imports, reason = "not every module has glue")]
                use ::wit_guest::rt as __wit_guest_rt;
                #[used]
                #[doc(hidden)]
                static __FORCE_SECTION_REF: fn() = super::super::super::super::__link_custom_section_describing_imports;
                #[repr(C)]
                #[derive(Clone, Copy)]
                pub struct Point {
                    pub x: f32,
                    pub y: f32,
                }
                #[automatically_derived]
                impl ::core::fmt::Debug for Point {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.debug_struct("Point")
                            .field("x", &self.x)
                            .field("y", &self.y)
                            .finish()
                    }
                }
                impl Point {
                    #[doc(hidden)]
                    #[inline]
                    #[allow(
                        clippy::type_complexity,
                        reason = "one element per flat value"
                    )]
                    pub unsafe fn __wit_guest_flat(&self) -> (f32, f32) {
                        unsafe {
                            (
                                __wit_guest_rt::as_f32(self.x),
                                __wit_guest_rt::as_f32(self.y),
                            )
                        }
                    }
                    #[doc(hidden)]
                    #[inline]
                    #[allow(
                        clippy::too_many_arguments,
                        reason = "one argument per flat value"
                    )]
                    pub unsafe fn __wit_guest_lift_flat(flat0: f32, flat1: f32) -> Self {
                        unsafe { Point { x: flat0, y: flat1 } }
                    }
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                        unsafe {
                            Point {
                                x: *at.cast::<f32>(),
                                y: *at.add(4).cast::<f32>(),
                            }
                        }
                    }
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                        unsafe {
                            *at.cast::<u32>() = (self.x).to_bits();
                            *at.add(4).cast::<u32>() = (self.y).to_bits();
                        }
                    }
                }
                /// A labelled polygon.
                #[derive(Clone)]
                pub struct Polygon {
                    pub label: ::wit_guest::rt::String,
                    pub points: ::wit_guest::rt::Vec<Point>,
                    pub tags: ::wit_guest::rt::Vec<::wit_guest::rt::String>,
                }
                #[automatically_derived]
                impl ::core::fmt::Debug for Polygon {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.debug_struct("Polygon")
                            .field("label", &self.label)
                            .field("points", &self.points)
                            .field("tags", &self.tags)
                            .finish()
                    }
                }
                impl Polygon {
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                        unsafe {
                            Polygon {
                                label: __wit_guest_rt::string_lift(
                                    *at.cast::<i32>(),
                                    *at.add(4).cast::<i32>(),
                                ),
                                points: __wit_guest_rt::list_lift_with(
                                    *at.add(8).cast::<i32>(),
                                    *at.add(12).cast::<i32>(),
                                    8,
                                    4,
                                    |at1_: *mut u8| Point::__wit_guest_load(at1_),
                                ),
                                tags: __wit_guest_rt::list_lift_with(
                                    *at.add(16).cast::<i32>(),
                                    *at.add(20).cast::<i32>(),
                                    8,
                                    4,
                                    |at2_: *mut u8| __wit_guest_rt::string_lift(
                                        *at2_.cast::<i32>(),
                                        *at2_.add(4).cast::<i32>(),
                                    ),
                                ),
                            }
                        }
                    }
                }
                #[derive(Clone)]
                pub enum Shape {
                    Dot(Point),
                    Poly(Polygon),
                    Nothing,
                }
                #[automatically_derived]
                impl ::core::fmt::Debug for Shape {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        match self {
                            Shape::Dot(e) => {
                                f.debug_tuple("Shape::Dot").field(e).finish()
                            }
                            Shape::Poly(e) => {
                                f.debug_tuple("Shape::Poly").field(e).finish()
                            }
                            Shape::Nothing => f.debug_tuple("Shape::Nothing").finish(),
                        }
                    }
                }
                impl Shape {
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                        unsafe {
                            match *at.cast::<u8>() {
                                0 => Shape::Dot(Point::__wit_guest_load(at.add(4))),
                                1 => Shape::Poly(Polygon::__wit_guest_load(at.add(4))),
                                2 => Shape::Nothing,
                                _ => __wit_guest_rt::invalid_discriminant(),
                            }
                        }
                    }
                }
                #[repr(u8)]
                #[derive(Clone, Copy, Eq, Ord, PartialEq, PartialOrd)]
                pub enum Kind {
                    A,
                    B,
                    C,
                }
                #[automatically_derived]
                impl ::core::fmt::Debug for Kind {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        match self {
                            Kind::A => f.debug_tuple("Kind::A").finish(),
                            Kind::B => f.debug_tuple("Kind::B").finish(),
                            Kind::C => f.debug_tuple("Kind::C").finish(),
                        }
                    }
                }
                impl Kind {
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn _lift(val: u8) -> Kind {
                        Self::__wit_guest_lift(u32::from(val))
                    }
                    /// The case whose discriminant is `val`; traps on any other value.
                    #[doc(hidden)]
                    #[inline]
                    pub fn __wit_guest_lift(val: u32) -> Kind {
                        match val {
                            0 => Kind::A,
                            1 => Kind::B,
                            2 => Kind::C,
                            _ => ::wit_guest::rt::invalid_discriminant(),
                        }
                    }
                    /// The case's discriminant.
                    #[doc(hidden)]
                    #[inline]
                    pub fn __wit_guest_lower(&self) -> i32 {
                        *self as i32
                    }
                }
                ::wit_guest::rt::bitflags::bitflags! {
                    #[derive(PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Clone, Copy)]
                    pub struct Perms : u8 { const READ = 1 << 0; const WRITE = 1 << 1; }
                }
                pub type Polys = ::wit_guest::rt::Vec<Polygon>;
                #[derive(Clone)]
                pub enum Failure {
                    NotFound(::wit_guest::rt::String),
                    TooBig(u64),
                }
                #[automatically_derived]
                impl ::core::fmt::Debug for Failure {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        match self {
                            Failure::NotFound(e) => {
                                f.debug_tuple("Failure::NotFound").field(e).finish()
                            }
                            Failure::TooBig(e) => {
                                f.debug_tuple("Failure::TooBig").field(e).finish()
                            }
                        }
                    }
                }
                impl ::core::fmt::Display for Failure {
                    #[inline]
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        ::core::write!(f, "{:?}", self)
                    }
                }
                impl ::core::error::Error for Failure {}
                impl Failure {
                    #[doc(hidden)]
                    #[inline]
                    #[allow(
                        clippy::type_complexity,
                        reason = "one element per flat value"
                    )]
                    pub unsafe fn __wit_guest_flat(&self) -> (i32, i64, i32) {
                        unsafe {
                            let (f3_, f4_, f5_) = match &self {
                                Failure::NotFound(e6_) => {
                                    (
                                        0,
                                        __wit_guest_rt::ptr_i32(e6_.as_ptr()) as u32 as i64,
                                        __wit_guest_rt::len_i32(e6_.len()),
                                    )
                                }
                                Failure::TooBig(e7_) => {
                                    (1, __wit_guest_rt::as_i64(e7_), 0i32)
                                }
                            };
                            (f3_, f4_, f5_)
                        }
                    }
                    #[doc(hidden)]
                    #[inline]
                    #[allow(
                        clippy::too_many_arguments,
                        reason = "one argument per flat value"
                    )]
                    pub unsafe fn __wit_guest_lift_flat(
                        flat0: i32,
                        flat1: i64,
                        flat2: i32,
                    ) -> Self {
                        unsafe {
                            match flat0 {
                                0 => {
                                    Failure::NotFound(
                                        __wit_guest_rt::string_lift(flat1 as i32, flat2),
                                    )
                                }
                                1 => Failure::TooBig(flat1 as u64),
                                _ => __wit_guest_rt::invalid_discriminant(),
                            }
                        }
                    }
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn __wit_guest_load(at: *mut u8) -> Self {
                        unsafe {
                            match *at.cast::<u8>() {
                                0 => {
                                    Failure::NotFound(
                                        __wit_guest_rt::string_lift(
                                            *at.add(8).cast::<i32>(),
                                            *at.add(12).cast::<i32>(),
                                        ),
                                    )
                                }
                                1 => Failure::TooBig(*at.add(8).cast::<u64>()),
                                _ => __wit_guest_rt::invalid_discriminant(),
                            }
                        }
                    }
                    #[doc(hidden)]
                    #[inline]
                    pub unsafe fn __wit_guest_store(&self, at: *mut u8) {
                        unsafe {
                            match &self {
                                Failure::NotFound(e1_) => {
                                    *at.cast::<u8>() = 0;
                                    *at.add(8).cast::<i32>() = __wit_guest_rt::ptr_i32(
                                        e1_.as_ptr(),
                                    );
                                    *at.add(12).cast::<i32>() = __wit_guest_rt::len_i32(
                                        e1_.len(),
                                    );
                                }
                                Failure::TooBig(e2_) => {
                                    *at.cast::<u8>() = 1;
                                    *at.add(8).cast::<i64>() = __wit_guest_rt::as_i64(e2_);
                                }
                            }
                        }
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_area_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                    arg3: i32,
                    arg4: i32,
                    arg5: i32,
                    arg6: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = match arg0 {
                            0 => {
                                Shape::Dot(
                                    Point::__wit_guest_lift_flat(
                                        f32::from_bits(arg1 as u32),
                                        f32::from_bits(arg2 as u32),
                                    ),
                                )
                            }
                            1 => {
                                Shape::Poly(Polygon {
                                    label: __wit_guest_rt::string_lift(arg1, arg2),
                                    points: __wit_guest_rt::list_lift_with(
                                        arg3,
                                        arg4,
                                        8,
                                        4,
                                        |at1_: *mut u8| Point::__wit_guest_load(at1_),
                                    ),
                                    tags: __wit_guest_rt::list_lift_with(
                                        arg5,
                                        arg6,
                                        8,
                                        4,
                                        |at2_: *mut u8| __wit_guest_rt::string_lift(
                                            *at2_.cast::<i32>(),
                                            *at2_.add(4).cast::<i32>(),
                                        ),
                                    ),
                                })
                            }
                            2 => Shape::Nothing,
                            _ => __wit_guest_rt::invalid_discriminant(),
                        };
                        #[allow(unused_imports)]
                        use __wit_guest_rt::{Buffer as _, ByMut as _};
                        let mut result_ = <T_ as Guest>::area(p0_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        match result_.by_mut() {
                            ::core::result::Result::Ok(e3_) => {
                                *ret_.cast::<u8>() = 0;
                                *ret_.add(8).cast::<u64>() = (e3_).to_bits();
                            }
                            ::core::result::Result::Err(e4_) => {
                                *ret_.cast::<u8>() = 1;
                                match e4_.by_mut() {
                                    Failure::NotFound(e5_) => {
                                        *ret_.add(8).cast::<u8>() = 0;
                                        e5_.give_in_place(ret_.add(16));
                                    }
                                    Failure::TooBig(e6_) => {
                                        *ret_.add(8).cast::<u8>() = 1;
                                        *ret_.add(16).cast::<i64>() = __wit_guest_rt::as_i64(e6_);
                                    }
                                }
                            }
                        }
                        ::core::mem::forget(result_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_area<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        if *ret_.cast::<u8>() == 1 {
                            if *ret_.add(8).cast::<u8>() == 0 {
                                let base7_ = __wit_guest_rt::i32_ptr(
                                    *ret_.add(16).cast::<i32>(),
                                );
                                let len8_ = *ret_.add(20).cast::<i32>() as u32 as usize;
                                __wit_guest_rt::dealloc(base7_, len8_, 1);
                            }
                        }
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_nest_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                    arg3: i32,
                    arg4: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::list_lift_with(
                            arg0,
                            arg1,
                            28,
                            4,
                            |at1_: *mut u8| match *at1_.cast::<u8>() {
                                0 => ::core::option::Option::None,
                                1 => {
                                    ::core::option::Option::Some(
                                        Polygon::__wit_guest_load(at1_.add(4)),
                                    )
                                }
                                _ => __wit_guest_rt::invalid_discriminant(),
                            },
                        );
                        let p1_ = match arg2 {
                            0 => ::core::option::Option::None,
                            1 => {
                                ::core::option::Option::Some(
                                    match arg3 {
                                        0 => ::core::option::Option::None,
                                        1 => ::core::option::Option::Some(arg4 as u32),
                                        _ => __wit_guest_rt::invalid_discriminant(),
                                    },
                                )
                            }
                            _ => __wit_guest_rt::invalid_discriminant(),
                        };
                        let result_ = <T_ as Guest>::nest(p0_, p1_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        let mut cleanup_ = __wit_guest_rt::Untracked;
                        match result_ {
                            ::core::result::Result::Ok(e2_) => {
                                *ret_.cast::<u8>() = 0;
                                let len4_ = e2_.len();
                                let base5_ = cleanup_.alloc(len4_ * 28, 4);
                                __wit_guest_rt::for_each_owned(
                                    e2_,
                                    |i8_, e7_| {
                                        let at6_ = base5_.add(i8_ * 28);
                                        match e7_ {
                                            Shape::Dot(e9_) => {
                                                *at6_.cast::<u8>() = 0;
                                                (e9_).__wit_guest_store(at6_.add(4));
                                            }
                                            Shape::Poly(e10_) => {
                                                *at6_.cast::<u8>() = 1;
                                                __wit_guest_rt::give(e10_.label, at6_.add(4));
                                                let len12_ = e10_.points.len();
                                                let base13_ = cleanup_.alloc(len12_ * 8, 4);
                                                __wit_guest_rt::for_each_owned(
                                                    e10_.points,
                                                    |i16_, e15_| {
                                                        let at14_ = base13_.add(i16_ * 8);
                                                        (e15_).__wit_guest_store(at14_);
                                                    },
                                                );
                                                let ptr11_ = __wit_guest_rt::ptr_i32(base13_);
                                                *at6_.add(12).cast::<i32>() = ptr11_;
                                                *at6_.add(16).cast::<i32>() = __wit_guest_rt::len_i32(
                                                    len12_,
                                                );
                                                let len18_ = e10_.tags.len();
                                                let base19_ = cleanup_.alloc(len18_ * 8, 4);
                                                __wit_guest_rt::for_each_owned(
                                                    e10_.tags,
                                                    |i22_, e21_| {
                                                        let at20_ = base19_.add(i22_ * 8);
                                                        __wit_guest_rt::give(e21_, at20_);
                                                    },
                                                );
                                                let ptr17_ = __wit_guest_rt::ptr_i32(base19_);
                                                *at6_.add(20).cast::<i32>() = ptr17_;
                                                *at6_.add(24).cast::<i32>() = __wit_guest_rt::len_i32(
                                                    len18_,
                                                );
                                            }
                                            Shape::Nothing => {
                                                *at6_.cast::<u8>() = 2;
                                            }
                                        }
                                    },
                                );
                                let ptr3_ = __wit_guest_rt::ptr_i32(base5_);
                                *ret_.add(4).cast::<i32>() = ptr3_;
                                *ret_.add(8).cast::<i32>() = __wit_guest_rt::len_i32(len4_);
                            }
                            ::core::result::Result::Err(e23_) => {
                                *ret_.cast::<u8>() = 1;
                                __wit_guest_rt::give(e23_, ret_.add(4));
                            }
                        }
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_nest<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        match *ret_.cast::<u8>() {
                            0 => {
                                let base24_ = __wit_guest_rt::i32_ptr(
                                    *ret_.add(4).cast::<i32>(),
                                );
                                let len25_ = *ret_.add(8).cast::<i32>() as u32 as usize;
                                for i26_ in 0..len25_ {
                                    let at27_ = base24_.add(i26_ * 28);
                                    if *at27_.cast::<u8>() == 1 {
                                        let base28_ = __wit_guest_rt::i32_ptr(
                                            *at27_.add(4).cast::<i32>(),
                                        );
                                        let len29_ = *at27_.add(8).cast::<i32>() as u32 as usize;
                                        __wit_guest_rt::dealloc(base28_, len29_, 1);
                                        let base32_ = __wit_guest_rt::i32_ptr(
                                            *at27_.add(12).cast::<i32>(),
                                        );
                                        let len33_ = *at27_.add(16).cast::<i32>() as u32 as usize;
                                        __wit_guest_rt::dealloc(base32_, len33_ * 8, 4);
                                        let base36_ = __wit_guest_rt::i32_ptr(
                                            *at27_.add(20).cast::<i32>(),
                                        );
                                        let len37_ = *at27_.add(24).cast::<i32>() as u32 as usize;
                                        for i38_ in 0..len37_ {
                                            let at39_ = base36_.add(i38_ * 8);
                                            let base40_ = __wit_guest_rt::i32_ptr(*at39_.cast::<i32>());
                                            let len41_ = *at39_.add(4).cast::<i32>() as u32 as usize;
                                            __wit_guest_rt::dealloc(base40_, len41_, 1);
                                        }
                                        __wit_guest_rt::dealloc(base36_, len37_ * 8, 4);
                                    }
                                }
                                __wit_guest_rt::dealloc(base24_, len25_ * 28, 4);
                            }
                            1 => {
                                let base44_ = __wit_guest_rt::i32_ptr(
                                    *ret_.add(4).cast::<i32>(),
                                );
                                let len45_ = *ret_.add(8).cast::<i32>() as u32 as usize;
                                __wit_guest_rt::dealloc(base44_, len45_, 1);
                            }
                            _ => {}
                        }
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_tuples_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                    arg2: i32,
                    arg3: f32,
                    arg4: f32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = (
                            arg0 as u8,
                            __wit_guest_rt::string_lift(arg1, arg2),
                            Point::__wit_guest_lift_flat(arg3, arg4),
                        );
                        #[allow(unused_imports)]
                        use __wit_guest_rt::{Buffer as _, ByMut as _};
                        let mut result_ = <T_ as Guest>::tuples(p0_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        result_.0.give_in_place(ret_);
                        *ret_.add(8).cast::<u8>() = (result_.1).__wit_guest_lower()
                            as u8;
                        *ret_.add(9).cast::<u8>() = result_.2.bits();
                        ::core::mem::forget(result_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_tuples<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base1_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len2_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        __wit_guest_rt::dealloc(base1_, len2_, 1);
                    }
                }
                #[doc(hidden)]
                pub unsafe fn _export_echo_polys_cabi<T_: Guest>(
                    arg0: i32,
                    arg1: i32,
                ) -> i32 {
                    unsafe {
                        __wit_guest_rt::run_ctors_once();
                        let p0_ = __wit_guest_rt::list_lift_with(
                            arg0,
                            arg1,
                            24,
                            4,
                            |at1_: *mut u8| Polygon::__wit_guest_load(at1_),
                        );
                        let result_ = <T_ as Guest>::echo_polys(p0_);
                        let ret_ = RET_AREA.as_mut_ptr();
                        let mut cleanup_ = __wit_guest_rt::Untracked;
                        let len3_ = result_.len();
                        let base4_ = cleanup_.alloc(len3_ * 24, 4);
                        __wit_guest_rt::for_each_owned(
                            result_,
                            |i7_, e6_| {
                                let at5_ = base4_.add(i7_ * 24);
                                __wit_guest_rt::give(e6_.label, at5_);
                                let len9_ = e6_.points.len();
                                let base10_ = cleanup_.alloc(len9_ * 8, 4);
                                __wit_guest_rt::for_each_owned(
                                    e6_.points,
                                    |i13_, e12_| {
                                        let at11_ = base10_.add(i13_ * 8);
                                        (e12_).__wit_guest_store(at11_);
                                    },
                                );
                                let ptr8_ = __wit_guest_rt::ptr_i32(base10_);
                                *at5_.add(8).cast::<i32>() = ptr8_;
                                *at5_.add(12).cast::<i32>() = __wit_guest_rt::len_i32(
                                    len9_,
                                );
                                let len15_ = e6_.tags.len();
                                let base16_ = cleanup_.alloc(len15_ * 8, 4);
                                __wit_guest_rt::for_each_owned(
                                    e6_.tags,
                                    |i19_, e18_| {
                                        let at17_ = base16_.add(i19_ * 8);
                                        __wit_guest_rt::give(e18_, at17_);
                                    },
                                );
                                let ptr14_ = __wit_guest_rt::ptr_i32(base16_);
                                *at5_.add(16).cast::<i32>() = ptr14_;
                                *at5_.add(20).cast::<i32>() = __wit_guest_rt::len_i32(
                                    len15_,
                                );
                            },
                        );
                        let ptr2_ = __wit_guest_rt::ptr_i32(base4_);
                        *ret_.cast::<i32>() = ptr2_;
                        *ret_.add(4).cast::<i32>() = __wit_guest_rt::len_i32(len3_);
                        __wit_guest_rt::ptr_i32(ret_)
                    }
                }
                #[doc(hidden)]
                pub unsafe fn __post_return_echo_polys<T_: Guest>(ret: i32) {
                    unsafe {
                        let ret_ = __wit_guest_rt::i32_ptr(ret);
                        let base20_ = __wit_guest_rt::i32_ptr(*ret_.cast::<i32>());
                        let len21_ = *ret_.add(4).cast::<i32>() as u32 as usize;
                        for i22_ in 0..len21_ {
                            let at23_ = base20_.add(i22_ * 24);
                            let base24_ = __wit_guest_rt::i32_ptr(*at23_.cast::<i32>());
                            let len25_ = *at23_.add(4).cast::<i32>() as u32 as usize;
                            __wit_guest_rt::dealloc(base24_, len25_, 1);
                            let base28_ = __wit_guest_rt::i32_ptr(
                                *at23_.add(8).cast::<i32>(),
                            );
                            let len29_ = *at23_.add(12).cast::<i32>() as u32 as usize;
                            __wit_guest_rt::dealloc(base28_, len29_ * 8, 4);
                            let base32_ = __wit_guest_rt::i32_ptr(
                                *at23_.add(16).cast::<i32>(),
                            );
                            let len33_ = *at23_.add(20).cast::<i32>() as u32 as usize;
                            for i34_ in 0..len33_ {
                                let at35_ = base32_.add(i34_ * 8);
                                let base36_ = __wit_guest_rt::i32_ptr(*at35_.cast::<i32>());
                                let len37_ = *at35_.add(4).cast::<i32>() as u32 as usize;
                                __wit_guest_rt::dealloc(base36_, len37_, 1);
                            }
                            __wit_guest_rt::dealloc(base32_, len33_ * 8, 4);
                        }
                        __wit_guest_rt::dealloc(base20_, len21_ * 24, 4);
                    }
                }
                static RET_AREA: __wit_guest_rt::StaticRetArea<24> = __wit_guest_rt::StaticRetArea::new();
                /// Implemented by the type passed to `export!`: the functions of `fixture:compound/shapes`.
                #[diagnostic::on_unimplemented(
                    message = "`{Self}` is exported as the implementation of interface `fixture:compound/shapes`, but does not implement `exports::fixture::compound::shapes::Guest`",
                    label = "missing `impl exports::fixture::compound::shapes::Guest for {Self}`",
                    note = "every export of the world is implemented by the one type passed to `export!`; add `impl exports::fixture::compound::shapes::Guest for {Self} {{ .. }}`"
                )]
                pub trait Guest {
                    fn area(s: Shape) -> ::core::result::Result<f64, Failure>;
                    fn nest(
                        x: ::wit_guest::rt::Vec<::core::option::Option<Polygon>>,
                        y: ::core::option::Option<::core::option::Option<u32>>,
                    ) -> ::core::result::Result<
                        ::wit_guest::rt::Vec<Shape>,
                        ::wit_guest::rt::String,
                    >;
                    fn tuples(
                        t: (u8, ::wit_guest::rt::String, Point),
                    ) -> (::wit_guest::rt::String, Kind, Perms);
                    fn echo_polys(p: Polys) -> Polys;
                }
                #[doc(hidden)]
                macro_rules! __export_fixture__compound__shapes_cabi {
                    ($ty:ident with_types_in $($path_to_types:tt)*) => {
                        #[cfg(target_arch = "wasm32")] #[allow(non_snake_case, reason =
                        "symbols of resource functions are named `r__f`")] const _ : () =
                        { #[unsafe (export_name = "fixture:compound/shapes#area")] unsafe
                        extern "C" fn export_area(arg0 : i32, arg1 : i32, arg2 : i32,
                        arg3 : i32, arg4 : i32, arg5 : i32, arg6 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_area_cabi:: < $ty > (arg0, arg1,
                        arg2, arg3, arg4, arg5, arg6) } } #[unsafe (export_name =
                        "cabi_post_fixture:compound/shapes#area")] unsafe extern "C" fn
                        post_return_area(arg0 : i32) { unsafe { $($path_to_types)*
                        ::__post_return_area:: < $ty > (arg0) } } #[unsafe (export_name =
                        "fixture:compound/shapes#nest")] unsafe extern "C" fn
                        export_nest(arg0 : i32, arg1 : i32, arg2 : i32, arg3 : i32, arg4
                        : i32) -> i32 { unsafe { $($path_to_types)* ::_export_nest_cabi::
                        < $ty > (arg0, arg1, arg2, arg3, arg4) } } #[unsafe (export_name
                        = "cabi_post_fixture:compound/shapes#nest")] unsafe extern "C" fn
                        post_return_nest(arg0 : i32) { unsafe { $($path_to_types)*
                        ::__post_return_nest:: < $ty > (arg0) } } #[unsafe (export_name =
                        "fixture:compound/shapes#tuples")] unsafe extern "C" fn
                        export_tuples(arg0 : i32, arg1 : i32, arg2 : i32, arg3 : f32,
                        arg4 : f32) -> i32 { unsafe { $($path_to_types)*
                        ::_export_tuples_cabi:: < $ty > (arg0, arg1, arg2, arg3, arg4) }
                        } #[unsafe (export_name =
                        "cabi_post_fixture:compound/shapes#tuples")] unsafe extern "C" fn
                        post_return_tuples(arg0 : i32) { unsafe { $($path_to_types)*
                        ::__post_return_tuples:: < $ty > (arg0) } } #[unsafe (export_name
                        = "fixture:compound/shapes#echo-polys")] unsafe extern "C" fn
                        export_echo_polys(arg0 : i32, arg1 : i32) -> i32 { unsafe {
                        $($path_to_types)* ::_export_echo_polys_cabi:: < $ty > (arg0,
                        arg1) } } #[unsafe (export_name =
                        "cabi_post_fixture:compound/shapes#echo-polys")] unsafe extern
                        "C" fn post_return_echo_polys(arg0 : i32) { unsafe {
                        $($path_to_types)* ::__post_return_echo_polys:: < $ty > (arg0) }
                        } }; #[cfg(not(target_arch = "wasm32"))] const _ : () = { fn
                        exported < T : $($path_to_types)* ::Guest > () {} let _ =
                        exported:: < $ty >; };
                    };
                }
                #[doc(hidden)]
                #[allow(unused_imports, reason = "used by `export!` only")]
                pub(crate) use __export_fixture__compound__shapes_cabi;
            }
        }
    }
}
