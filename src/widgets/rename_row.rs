use crate::adapters::focus::focus_id_later;
use crate::i18n::{tr, Msg};
use leptos::prelude::*;

/// Renaming in a list of named items: which item is being renamed (one at a time), the name
/// typed so far, and whether the last name was refused.
#[derive(Clone, Copy)]
pub struct Renaming {
    pub id: RwSignal<Option<String>>,
    pub draft: RwSignal<String>,
    pub refused: RwSignal<bool>,
}

impl Renaming {
    pub fn new() -> Self {
        Renaming {
            id: RwSignal::new(None),
            draft: RwSignal::new(String::new()),
            refused: RwSignal::new(false),
        }
    }

    /// Closes the form after a rename.
    pub fn done(&self) {
        self.id.set(None);
        self.refused.set(false);
    }
}

impl Default for Renaming {
    fn default() -> Self {
        Self::new()
    }
}

/// An item's actions with "rename" and "delete" last; "rename" swaps them for an inline form
/// (new name, save, cancel) and focuses its field.
#[component]
pub fn RenameRow(
    /// The item's id, as `renaming` holds it.
    #[prop(into)]
    id: String,
    /// The item's name: the field starts with it.
    #[prop(into)]
    name: String,
    renaming: Renaming,
    /// Id of the name field.
    #[prop(into)]
    input_id: String,
    /// Id of the rename button (for focus to come back to).
    #[prop(optional, into)]
    rename_id: Option<String>,
    /// Id of the element naming the item: the actions then form a group it names.
    #[prop(optional, into)]
    group_label: Option<String>,
    /// The browser itself refuses an empty name.
    #[prop(optional)]
    required: bool,
    /// Saves `renaming.draft` as the name of the item with this id (or sets `refused`).
    on_save: Callback<String>,
    on_delete: Callback<String>,
    /// The item's other actions, before "rename".
    children: ChildrenFn,
) -> impl IntoView {
    let editing = {
        let id = id.clone();
        move || renaming.id.with(|r| r.as_deref() == Some(id.as_str()))
    };
    let refused = renaming.refused;
    let actions = {
        let (id, input_id) = (id.clone(), input_id.clone());
        move || {
            let (id_ren, id_del, name, input_id) =
                (id.clone(), id.clone(), name.clone(), input_id.clone());
            view! {
                <div class="actions compact" role=group_label.is_some().then_some("group") aria-labelledby=group_label.clone()>
                    {children()}
                    <button
                        type="button"
                        class="button secondary small"
                        id=rename_id.clone()
                        on:click=move |_| {
                            renaming.draft.set(name.clone());
                            refused.set(false);
                            renaming.id.set(Some(id_ren.clone()));
                            focus_id_later(input_id.clone());
                        }
                    >
                        {tr(Msg::Rename)}
                    </button>
                    <button type="button" class="button secondary small danger" on:click=move |_| on_delete.run(id_del.clone())>
                        {tr(Msg::Delete)}
                    </button>
                </div>
            }
        }
    };
    view! {
        <Show when=editing fallback=actions>
            <form
                class="rename-form"
                on:submit={
                    let id = id.clone();
                    move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        on_save.run(id.clone());
                    }
                }
            >
                <label for=input_id.clone()>{tr(Msg::NewName)}</label>
                <input
                    id=input_id.clone()
                    type="text"
                    maxlength="120"
                    required=required
                    aria-invalid=move || refused.get().then_some("true")
                    // One form is open at a time, so the message's id is unique on the page.
                    aria-describedby=move || refused.get().then_some("rename-error")
                    prop:value=move || renaming.draft.get_untracked()
                    on:input:target=move |ev| renaming.draft.set(ev.target().value())
                />
                <Show when=move || refused.get()>
                    <p class="error" id="rename-error">{tr(Msg::NameRequired)}</p>
                </Show>
                <button type="submit" class="button primary small">{tr(Msg::Save)}</button>
                <button type="button" class="button secondary small" on:click=move |_| renaming.id.set(None)>
                    {tr(Msg::Cancel)}
                </button>
            </form>
        </Show>
    }
}
