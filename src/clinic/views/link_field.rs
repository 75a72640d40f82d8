//! A link to hand over, as the clinic page and the diary's report section
//! both show it: the address in a read-only field with a copy button (and
//! any further buttons), and the QR code that carries the same address.

use leptos::html::Textarea;
use leptos::prelude::*;

use super::web;
use crate::clinic::qr::qr_picture;

/// The words a [`LinkField`] needs, from its feature's text table.
#[derive(Clone, Copy)]
pub struct LinkFieldTexts {
    pub label: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
}

/// `url` to copy; `children` are further buttons beside the copy button.
#[component]
pub fn LinkField(
    url: String,
    texts: LinkFieldTexts,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let field = NodeRef::<Textarea>::new();
    let status = RwSignal::new(None::<&'static str>);
    let select_link = move || {
        if let Some(field) = field.get() {
            field.select();
        }
    };
    let copy = {
        let url = url.clone();
        move |_| {
            let url = url.clone();
            leptos::task::spawn_local(async move {
                if web::copy_text(&url).await {
                    status.set(Some(texts.copied));
                } else {
                    // The fallback: the link selected, ready for the keyboard or a long press.
                    select_link();
                    status.set(Some(texts.copy_failed));
                }
            });
        }
    };
    view! {
        <label>
            <span>{texts.label}</span>
            <textarea class="link-field" rows="4" readonly node_ref=field prop:value=url on:focus=move |_| select_link()></textarea>
        </label>
        <div class="actions">
            <button type="button" class="button" on:click=copy>{texts.copy}</button>
            {children.map(|children| children())}
        </div>
        <p class="notice" role="status" hidden=move || status.get().is_none()>{move || status.get()}</p>
    }
}

/// `text` as a QR code, named `label` for screen readers. Nothing when the
/// text is too long for a QR code.
#[component]
pub fn QrCode(text: String, label: &'static str) -> impl IntoView {
    qr_picture(&text).map(|qr| {
        let size = qr.size.to_string();
        let view_box = qr.view_box();
        view! {
            <svg class="qr-code" viewBox=view_box role="img" aria-label=label>
                <rect class="qr-light" width=size.clone() height=size />
                <path class="qr-dark" d=qr.path shape-rendering="crispEdges" />
            </svg>
        }
    })
}
