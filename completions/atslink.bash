_atslink() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="atslink"
                ;;
            atslink,audit)
                cmd="atslink__subcmd__audit"
                ;;
            atslink,completions)
                cmd="atslink__subcmd__completions"
                ;;
            atslink,demo)
                cmd="atslink__subcmd__demo"
                ;;
            atslink,flare)
                cmd="atslink__subcmd__flare"
                ;;
            atslink,help)
                cmd="atslink__subcmd__help"
                ;;
            atslink,integration)
                cmd="atslink__subcmd__integration"
                ;;
            atslink,licence)
                cmd="atslink__subcmd__licence"
                ;;
            atslink,org)
                cmd="atslink__subcmd__org"
                ;;
            atslink,provider)
                cmd="atslink__subcmd__provider"
                ;;
            atslink,sandbox)
                cmd="atslink__subcmd__sandbox"
                ;;
            atslink,secrets)
                cmd="atslink__subcmd__secrets"
                ;;
            atslink,serve)
                cmd="atslink__subcmd__serve"
                ;;
            atslink,state)
                cmd="atslink__subcmd__state"
                ;;
            atslink,token)
                cmd="atslink__subcmd__token"
                ;;
            atslink__subcmd__flare,auto)
                cmd="atslink__subcmd__flare__subcmd__auto"
                ;;
            atslink__subcmd__flare,diagnose)
                cmd="atslink__subcmd__flare__subcmd__diagnose"
                ;;
            atslink__subcmd__flare,help)
                cmd="atslink__subcmd__flare__subcmd__help"
                ;;
            atslink__subcmd__flare,mapping)
                cmd="atslink__subcmd__flare__subcmd__mapping"
                ;;
            atslink__subcmd__flare,push)
                cmd="atslink__subcmd__flare__subcmd__push"
                ;;
            atslink__subcmd__flare__subcmd__auto,help)
                cmd="atslink__subcmd__flare__subcmd__auto__subcmd__help"
                ;;
            atslink__subcmd__flare__subcmd__auto,off)
                cmd="atslink__subcmd__flare__subcmd__auto__subcmd__off"
                ;;
            atslink__subcmd__flare__subcmd__auto,on)
                cmd="atslink__subcmd__flare__subcmd__auto__subcmd__on"
                ;;
            atslink__subcmd__flare__subcmd__auto,status)
                cmd="atslink__subcmd__flare__subcmd__auto__subcmd__status"
                ;;
            atslink__subcmd__flare__subcmd__auto__subcmd__help,help)
                cmd="atslink__subcmd__flare__subcmd__auto__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__flare__subcmd__auto__subcmd__help,off)
                cmd="atslink__subcmd__flare__subcmd__auto__subcmd__help__subcmd__off"
                ;;
            atslink__subcmd__flare__subcmd__auto__subcmd__help,on)
                cmd="atslink__subcmd__flare__subcmd__auto__subcmd__help__subcmd__on"
                ;;
            atslink__subcmd__flare__subcmd__auto__subcmd__help,status)
                cmd="atslink__subcmd__flare__subcmd__auto__subcmd__help__subcmd__status"
                ;;
            atslink__subcmd__flare__subcmd__help,auto)
                cmd="atslink__subcmd__flare__subcmd__help__subcmd__auto"
                ;;
            atslink__subcmd__flare__subcmd__help,diagnose)
                cmd="atslink__subcmd__flare__subcmd__help__subcmd__diagnose"
                ;;
            atslink__subcmd__flare__subcmd__help,help)
                cmd="atslink__subcmd__flare__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__flare__subcmd__help,mapping)
                cmd="atslink__subcmd__flare__subcmd__help__subcmd__mapping"
                ;;
            atslink__subcmd__flare__subcmd__help,push)
                cmd="atslink__subcmd__flare__subcmd__help__subcmd__push"
                ;;
            atslink__subcmd__flare__subcmd__help__subcmd__auto,off)
                cmd="atslink__subcmd__flare__subcmd__help__subcmd__auto__subcmd__off"
                ;;
            atslink__subcmd__flare__subcmd__help__subcmd__auto,on)
                cmd="atslink__subcmd__flare__subcmd__help__subcmd__auto__subcmd__on"
                ;;
            atslink__subcmd__flare__subcmd__help__subcmd__auto,status)
                cmd="atslink__subcmd__flare__subcmd__help__subcmd__auto__subcmd__status"
                ;;
            atslink__subcmd__help,audit)
                cmd="atslink__subcmd__help__subcmd__audit"
                ;;
            atslink__subcmd__help,completions)
                cmd="atslink__subcmd__help__subcmd__completions"
                ;;
            atslink__subcmd__help,demo)
                cmd="atslink__subcmd__help__subcmd__demo"
                ;;
            atslink__subcmd__help,flare)
                cmd="atslink__subcmd__help__subcmd__flare"
                ;;
            atslink__subcmd__help,help)
                cmd="atslink__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__help,integration)
                cmd="atslink__subcmd__help__subcmd__integration"
                ;;
            atslink__subcmd__help,licence)
                cmd="atslink__subcmd__help__subcmd__licence"
                ;;
            atslink__subcmd__help,org)
                cmd="atslink__subcmd__help__subcmd__org"
                ;;
            atslink__subcmd__help,provider)
                cmd="atslink__subcmd__help__subcmd__provider"
                ;;
            atslink__subcmd__help,sandbox)
                cmd="atslink__subcmd__help__subcmd__sandbox"
                ;;
            atslink__subcmd__help,secrets)
                cmd="atslink__subcmd__help__subcmd__secrets"
                ;;
            atslink__subcmd__help,serve)
                cmd="atslink__subcmd__help__subcmd__serve"
                ;;
            atslink__subcmd__help,state)
                cmd="atslink__subcmd__help__subcmd__state"
                ;;
            atslink__subcmd__help,token)
                cmd="atslink__subcmd__help__subcmd__token"
                ;;
            atslink__subcmd__help__subcmd__flare,auto)
                cmd="atslink__subcmd__help__subcmd__flare__subcmd__auto"
                ;;
            atslink__subcmd__help__subcmd__flare,diagnose)
                cmd="atslink__subcmd__help__subcmd__flare__subcmd__diagnose"
                ;;
            atslink__subcmd__help__subcmd__flare,mapping)
                cmd="atslink__subcmd__help__subcmd__flare__subcmd__mapping"
                ;;
            atslink__subcmd__help__subcmd__flare,push)
                cmd="atslink__subcmd__help__subcmd__flare__subcmd__push"
                ;;
            atslink__subcmd__help__subcmd__flare__subcmd__auto,off)
                cmd="atslink__subcmd__help__subcmd__flare__subcmd__auto__subcmd__off"
                ;;
            atslink__subcmd__help__subcmd__flare__subcmd__auto,on)
                cmd="atslink__subcmd__help__subcmd__flare__subcmd__auto__subcmd__on"
                ;;
            atslink__subcmd__help__subcmd__flare__subcmd__auto,status)
                cmd="atslink__subcmd__help__subcmd__flare__subcmd__auto__subcmd__status"
                ;;
            atslink__subcmd__help__subcmd__integration,button)
                cmd="atslink__subcmd__help__subcmd__integration__subcmd__button"
                ;;
            atslink__subcmd__help__subcmd__integration,link)
                cmd="atslink__subcmd__help__subcmd__integration__subcmd__link"
                ;;
            atslink__subcmd__help__subcmd__integration,list)
                cmd="atslink__subcmd__help__subcmd__integration__subcmd__list"
                ;;
            atslink__subcmd__help__subcmd__integration,relink)
                cmd="atslink__subcmd__help__subcmd__integration__subcmd__relink"
                ;;
            atslink__subcmd__help__subcmd__integration,unlink)
                cmd="atslink__subcmd__help__subcmd__integration__subcmd__unlink"
                ;;
            atslink__subcmd__help__subcmd__integration__subcmd__link,flare)
                cmd="atslink__subcmd__help__subcmd__integration__subcmd__link__subcmd__flare"
                ;;
            atslink__subcmd__help__subcmd__integration__subcmd__link,jobadder)
                cmd="atslink__subcmd__help__subcmd__integration__subcmd__link__subcmd__jobadder"
                ;;
            atslink__subcmd__help__subcmd__integration__subcmd__link,salesforce)
                cmd="atslink__subcmd__help__subcmd__integration__subcmd__link__subcmd__salesforce"
                ;;
            atslink__subcmd__help__subcmd__integration__subcmd__relink,flare)
                cmd="atslink__subcmd__help__subcmd__integration__subcmd__relink__subcmd__flare"
                ;;
            atslink__subcmd__help__subcmd__integration__subcmd__relink,jobadder)
                cmd="atslink__subcmd__help__subcmd__integration__subcmd__relink__subcmd__jobadder"
                ;;
            atslink__subcmd__help__subcmd__integration__subcmd__relink,salesforce)
                cmd="atslink__subcmd__help__subcmd__integration__subcmd__relink__subcmd__salesforce"
                ;;
            atslink__subcmd__help__subcmd__licence,assign)
                cmd="atslink__subcmd__help__subcmd__licence__subcmd__assign"
                ;;
            atslink__subcmd__help__subcmd__licence,claim)
                cmd="atslink__subcmd__help__subcmd__licence__subcmd__claim"
                ;;
            atslink__subcmd__help__subcmd__licence,disable)
                cmd="atslink__subcmd__help__subcmd__licence__subcmd__disable"
                ;;
            atslink__subcmd__help__subcmd__licence,enable)
                cmd="atslink__subcmd__help__subcmd__licence__subcmd__enable"
                ;;
            atslink__subcmd__help__subcmd__licence,list)
                cmd="atslink__subcmd__help__subcmd__licence__subcmd__list"
                ;;
            atslink__subcmd__help__subcmd__licence,reassign)
                cmd="atslink__subcmd__help__subcmd__licence__subcmd__reassign"
                ;;
            atslink__subcmd__help__subcmd__licence,seats)
                cmd="atslink__subcmd__help__subcmd__licence__subcmd__seats"
                ;;
            atslink__subcmd__help__subcmd__org,check)
                cmd="atslink__subcmd__help__subcmd__org__subcmd__check"
                ;;
            atslink__subcmd__help__subcmd__org,create)
                cmd="atslink__subcmd__help__subcmd__org__subcmd__create"
                ;;
            atslink__subcmd__help__subcmd__org,delete)
                cmd="atslink__subcmd__help__subcmd__org__subcmd__delete"
                ;;
            atslink__subcmd__help__subcmd__org,list)
                cmd="atslink__subcmd__help__subcmd__org__subcmd__list"
                ;;
            atslink__subcmd__help__subcmd__org,show)
                cmd="atslink__subcmd__help__subcmd__org__subcmd__show"
                ;;
            atslink__subcmd__help__subcmd__provider,set)
                cmd="atslink__subcmd__help__subcmd__provider__subcmd__set"
                ;;
            atslink__subcmd__help__subcmd__provider,show)
                cmd="atslink__subcmd__help__subcmd__provider__subcmd__show"
                ;;
            atslink__subcmd__help__subcmd__sandbox,account)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__account"
                ;;
            atslink__subcmd__help__subcmd__sandbox,action)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__action"
                ;;
            atslink__subcmd__help__subcmd__sandbox,app)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__app"
                ;;
            atslink__subcmd__help__subcmd__sandbox,browse)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__browse"
                ;;
            atslink__subcmd__help__subcmd__sandbox,click)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__click"
                ;;
            atslink__subcmd__help__subcmd__sandbox,clock)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__clock"
                ;;
            atslink__subcmd__help__subcmd__sandbox,fault)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__fault"
                ;;
            atslink__subcmd__help__subcmd__sandbox,flare)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__flare"
                ;;
            atslink__subcmd__help__subcmd__sandbox,generate)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__generate"
                ;;
            atslink__subcmd__help__subcmd__sandbox,grants)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__grants"
                ;;
            atslink__subcmd__help__subcmd__sandbox,jwt-key)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__jwt__subcmd__key"
                ;;
            atslink__subcmd__help__subcmd__sandbox,partner-actions)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__partner__subcmd__actions"
                ;;
            atslink__subcmd__help__subcmd__sandbox,place)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__place"
                ;;
            atslink__subcmd__help__subcmd__sandbox,rate)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__rate"
                ;;
            atslink__subcmd__help__subcmd__sandbox,reset)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__reset"
                ;;
            atslink__subcmd__help__subcmd__sandbox,salesforce)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__salesforce"
                ;;
            atslink__subcmd__help__subcmd__sandbox,serve)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__serve"
                ;;
            atslink__subcmd__help__subcmd__sandbox,user)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__user"
                ;;
            atslink__subcmd__help__subcmd__sandbox,webhook)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__webhook"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__account,add)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__account__subcmd__add"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__action,add)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__action__subcmd__add"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__action,delete)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__action__subcmd__delete"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__action,set)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__action__subcmd__set"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__app,register-redirect)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__app__subcmd__register__subcmd__redirect"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__app,salesforce)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__app__subcmd__salesforce"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__app,show)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__app__subcmd__show"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__click,jobadder)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__click__subcmd__jobadder"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__click,salesforce)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__click__subcmd__salesforce"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__clock,advance)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__clock__subcmd__advance"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__clock,show)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__clock__subcmd__show"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__fault,add)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__fault__subcmd__add"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__fault,clear)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__fault__subcmd__clear"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__fault,list)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__fault__subcmd__list"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__flare,defaults)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__flare__subcmd__defaults"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__flare,entity)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__flare__subcmd__entity"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__flare,location)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__flare__subcmd__location"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__flare,pay-group)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__flare__subcmd__pay__subcmd__group"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__flare,show)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__flare__subcmd__show"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__salesforce,move-instance)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__salesforce__subcmd__move__subcmd__instance"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__user,add)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__user__subcmd__add"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__user,deactivate)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__user__subcmd__deactivate"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__user,delete)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__user__subcmd__delete"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__user,list)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__user__subcmd__list"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__user,reactivate)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__user__subcmd__reactivate"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__user,set)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__user__subcmd__set"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__webhook,delete)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__webhook__subcmd__delete"
                ;;
            atslink__subcmd__help__subcmd__sandbox__subcmd__webhook,set)
                cmd="atslink__subcmd__help__subcmd__sandbox__subcmd__webhook__subcmd__set"
                ;;
            atslink__subcmd__help__subcmd__secrets,rekey)
                cmd="atslink__subcmd__help__subcmd__secrets__subcmd__rekey"
                ;;
            atslink__subcmd__help__subcmd__state,migrate)
                cmd="atslink__subcmd__help__subcmd__state__subcmd__migrate"
                ;;
            atslink__subcmd__help__subcmd__state,status)
                cmd="atslink__subcmd__help__subcmd__state__subcmd__status"
                ;;
            atslink__subcmd__help__subcmd__token,refresh)
                cmd="atslink__subcmd__help__subcmd__token__subcmd__refresh"
                ;;
            atslink__subcmd__help__subcmd__token,status)
                cmd="atslink__subcmd__help__subcmd__token__subcmd__status"
                ;;
            atslink__subcmd__integration,button)
                cmd="atslink__subcmd__integration__subcmd__button"
                ;;
            atslink__subcmd__integration,help)
                cmd="atslink__subcmd__integration__subcmd__help"
                ;;
            atslink__subcmd__integration,link)
                cmd="atslink__subcmd__integration__subcmd__link"
                ;;
            atslink__subcmd__integration,list)
                cmd="atslink__subcmd__integration__subcmd__list"
                ;;
            atslink__subcmd__integration,relink)
                cmd="atslink__subcmd__integration__subcmd__relink"
                ;;
            atslink__subcmd__integration,unlink)
                cmd="atslink__subcmd__integration__subcmd__unlink"
                ;;
            atslink__subcmd__integration__subcmd__help,button)
                cmd="atslink__subcmd__integration__subcmd__help__subcmd__button"
                ;;
            atslink__subcmd__integration__subcmd__help,help)
                cmd="atslink__subcmd__integration__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__integration__subcmd__help,link)
                cmd="atslink__subcmd__integration__subcmd__help__subcmd__link"
                ;;
            atslink__subcmd__integration__subcmd__help,list)
                cmd="atslink__subcmd__integration__subcmd__help__subcmd__list"
                ;;
            atslink__subcmd__integration__subcmd__help,relink)
                cmd="atslink__subcmd__integration__subcmd__help__subcmd__relink"
                ;;
            atslink__subcmd__integration__subcmd__help,unlink)
                cmd="atslink__subcmd__integration__subcmd__help__subcmd__unlink"
                ;;
            atslink__subcmd__integration__subcmd__help__subcmd__link,flare)
                cmd="atslink__subcmd__integration__subcmd__help__subcmd__link__subcmd__flare"
                ;;
            atslink__subcmd__integration__subcmd__help__subcmd__link,jobadder)
                cmd="atslink__subcmd__integration__subcmd__help__subcmd__link__subcmd__jobadder"
                ;;
            atslink__subcmd__integration__subcmd__help__subcmd__link,salesforce)
                cmd="atslink__subcmd__integration__subcmd__help__subcmd__link__subcmd__salesforce"
                ;;
            atslink__subcmd__integration__subcmd__help__subcmd__relink,flare)
                cmd="atslink__subcmd__integration__subcmd__help__subcmd__relink__subcmd__flare"
                ;;
            atslink__subcmd__integration__subcmd__help__subcmd__relink,jobadder)
                cmd="atslink__subcmd__integration__subcmd__help__subcmd__relink__subcmd__jobadder"
                ;;
            atslink__subcmd__integration__subcmd__help__subcmd__relink,salesforce)
                cmd="atslink__subcmd__integration__subcmd__help__subcmd__relink__subcmd__salesforce"
                ;;
            atslink__subcmd__integration__subcmd__link,flare)
                cmd="atslink__subcmd__integration__subcmd__link__subcmd__flare"
                ;;
            atslink__subcmd__integration__subcmd__link,help)
                cmd="atslink__subcmd__integration__subcmd__link__subcmd__help"
                ;;
            atslink__subcmd__integration__subcmd__link,jobadder)
                cmd="atslink__subcmd__integration__subcmd__link__subcmd__jobadder"
                ;;
            atslink__subcmd__integration__subcmd__link,salesforce)
                cmd="atslink__subcmd__integration__subcmd__link__subcmd__salesforce"
                ;;
            atslink__subcmd__integration__subcmd__link__subcmd__help,flare)
                cmd="atslink__subcmd__integration__subcmd__link__subcmd__help__subcmd__flare"
                ;;
            atslink__subcmd__integration__subcmd__link__subcmd__help,help)
                cmd="atslink__subcmd__integration__subcmd__link__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__integration__subcmd__link__subcmd__help,jobadder)
                cmd="atslink__subcmd__integration__subcmd__link__subcmd__help__subcmd__jobadder"
                ;;
            atslink__subcmd__integration__subcmd__link__subcmd__help,salesforce)
                cmd="atslink__subcmd__integration__subcmd__link__subcmd__help__subcmd__salesforce"
                ;;
            atslink__subcmd__integration__subcmd__relink,flare)
                cmd="atslink__subcmd__integration__subcmd__relink__subcmd__flare"
                ;;
            atslink__subcmd__integration__subcmd__relink,help)
                cmd="atslink__subcmd__integration__subcmd__relink__subcmd__help"
                ;;
            atslink__subcmd__integration__subcmd__relink,jobadder)
                cmd="atslink__subcmd__integration__subcmd__relink__subcmd__jobadder"
                ;;
            atslink__subcmd__integration__subcmd__relink,salesforce)
                cmd="atslink__subcmd__integration__subcmd__relink__subcmd__salesforce"
                ;;
            atslink__subcmd__integration__subcmd__relink__subcmd__help,flare)
                cmd="atslink__subcmd__integration__subcmd__relink__subcmd__help__subcmd__flare"
                ;;
            atslink__subcmd__integration__subcmd__relink__subcmd__help,help)
                cmd="atslink__subcmd__integration__subcmd__relink__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__integration__subcmd__relink__subcmd__help,jobadder)
                cmd="atslink__subcmd__integration__subcmd__relink__subcmd__help__subcmd__jobadder"
                ;;
            atslink__subcmd__integration__subcmd__relink__subcmd__help,salesforce)
                cmd="atslink__subcmd__integration__subcmd__relink__subcmd__help__subcmd__salesforce"
                ;;
            atslink__subcmd__licence,assign)
                cmd="atslink__subcmd__licence__subcmd__assign"
                ;;
            atslink__subcmd__licence,claim)
                cmd="atslink__subcmd__licence__subcmd__claim"
                ;;
            atslink__subcmd__licence,disable)
                cmd="atslink__subcmd__licence__subcmd__disable"
                ;;
            atslink__subcmd__licence,enable)
                cmd="atslink__subcmd__licence__subcmd__enable"
                ;;
            atslink__subcmd__licence,help)
                cmd="atslink__subcmd__licence__subcmd__help"
                ;;
            atslink__subcmd__licence,list)
                cmd="atslink__subcmd__licence__subcmd__list"
                ;;
            atslink__subcmd__licence,reassign)
                cmd="atslink__subcmd__licence__subcmd__reassign"
                ;;
            atslink__subcmd__licence,seats)
                cmd="atslink__subcmd__licence__subcmd__seats"
                ;;
            atslink__subcmd__licence__subcmd__help,assign)
                cmd="atslink__subcmd__licence__subcmd__help__subcmd__assign"
                ;;
            atslink__subcmd__licence__subcmd__help,claim)
                cmd="atslink__subcmd__licence__subcmd__help__subcmd__claim"
                ;;
            atslink__subcmd__licence__subcmd__help,disable)
                cmd="atslink__subcmd__licence__subcmd__help__subcmd__disable"
                ;;
            atslink__subcmd__licence__subcmd__help,enable)
                cmd="atslink__subcmd__licence__subcmd__help__subcmd__enable"
                ;;
            atslink__subcmd__licence__subcmd__help,help)
                cmd="atslink__subcmd__licence__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__licence__subcmd__help,list)
                cmd="atslink__subcmd__licence__subcmd__help__subcmd__list"
                ;;
            atslink__subcmd__licence__subcmd__help,reassign)
                cmd="atslink__subcmd__licence__subcmd__help__subcmd__reassign"
                ;;
            atslink__subcmd__licence__subcmd__help,seats)
                cmd="atslink__subcmd__licence__subcmd__help__subcmd__seats"
                ;;
            atslink__subcmd__org,check)
                cmd="atslink__subcmd__org__subcmd__check"
                ;;
            atslink__subcmd__org,create)
                cmd="atslink__subcmd__org__subcmd__create"
                ;;
            atslink__subcmd__org,delete)
                cmd="atslink__subcmd__org__subcmd__delete"
                ;;
            atslink__subcmd__org,help)
                cmd="atslink__subcmd__org__subcmd__help"
                ;;
            atslink__subcmd__org,list)
                cmd="atslink__subcmd__org__subcmd__list"
                ;;
            atslink__subcmd__org,show)
                cmd="atslink__subcmd__org__subcmd__show"
                ;;
            atslink__subcmd__org__subcmd__help,check)
                cmd="atslink__subcmd__org__subcmd__help__subcmd__check"
                ;;
            atslink__subcmd__org__subcmd__help,create)
                cmd="atslink__subcmd__org__subcmd__help__subcmd__create"
                ;;
            atslink__subcmd__org__subcmd__help,delete)
                cmd="atslink__subcmd__org__subcmd__help__subcmd__delete"
                ;;
            atslink__subcmd__org__subcmd__help,help)
                cmd="atslink__subcmd__org__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__org__subcmd__help,list)
                cmd="atslink__subcmd__org__subcmd__help__subcmd__list"
                ;;
            atslink__subcmd__org__subcmd__help,show)
                cmd="atslink__subcmd__org__subcmd__help__subcmd__show"
                ;;
            atslink__subcmd__provider,help)
                cmd="atslink__subcmd__provider__subcmd__help"
                ;;
            atslink__subcmd__provider,set)
                cmd="atslink__subcmd__provider__subcmd__set"
                ;;
            atslink__subcmd__provider,show)
                cmd="atslink__subcmd__provider__subcmd__show"
                ;;
            atslink__subcmd__provider__subcmd__help,help)
                cmd="atslink__subcmd__provider__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__provider__subcmd__help,set)
                cmd="atslink__subcmd__provider__subcmd__help__subcmd__set"
                ;;
            atslink__subcmd__provider__subcmd__help,show)
                cmd="atslink__subcmd__provider__subcmd__help__subcmd__show"
                ;;
            atslink__subcmd__sandbox,account)
                cmd="atslink__subcmd__sandbox__subcmd__account"
                ;;
            atslink__subcmd__sandbox,action)
                cmd="atslink__subcmd__sandbox__subcmd__action"
                ;;
            atslink__subcmd__sandbox,app)
                cmd="atslink__subcmd__sandbox__subcmd__app"
                ;;
            atslink__subcmd__sandbox,browse)
                cmd="atslink__subcmd__sandbox__subcmd__browse"
                ;;
            atslink__subcmd__sandbox,click)
                cmd="atslink__subcmd__sandbox__subcmd__click"
                ;;
            atslink__subcmd__sandbox,clock)
                cmd="atslink__subcmd__sandbox__subcmd__clock"
                ;;
            atslink__subcmd__sandbox,fault)
                cmd="atslink__subcmd__sandbox__subcmd__fault"
                ;;
            atslink__subcmd__sandbox,flare)
                cmd="atslink__subcmd__sandbox__subcmd__flare"
                ;;
            atslink__subcmd__sandbox,generate)
                cmd="atslink__subcmd__sandbox__subcmd__generate"
                ;;
            atslink__subcmd__sandbox,grants)
                cmd="atslink__subcmd__sandbox__subcmd__grants"
                ;;
            atslink__subcmd__sandbox,help)
                cmd="atslink__subcmd__sandbox__subcmd__help"
                ;;
            atslink__subcmd__sandbox,jwt-key)
                cmd="atslink__subcmd__sandbox__subcmd__jwt__subcmd__key"
                ;;
            atslink__subcmd__sandbox,partner-actions)
                cmd="atslink__subcmd__sandbox__subcmd__partner__subcmd__actions"
                ;;
            atslink__subcmd__sandbox,place)
                cmd="atslink__subcmd__sandbox__subcmd__place"
                ;;
            atslink__subcmd__sandbox,rate)
                cmd="atslink__subcmd__sandbox__subcmd__rate"
                ;;
            atslink__subcmd__sandbox,reset)
                cmd="atslink__subcmd__sandbox__subcmd__reset"
                ;;
            atslink__subcmd__sandbox,salesforce)
                cmd="atslink__subcmd__sandbox__subcmd__salesforce"
                ;;
            atslink__subcmd__sandbox,serve)
                cmd="atslink__subcmd__sandbox__subcmd__serve"
                ;;
            atslink__subcmd__sandbox,user)
                cmd="atslink__subcmd__sandbox__subcmd__user"
                ;;
            atslink__subcmd__sandbox,webhook)
                cmd="atslink__subcmd__sandbox__subcmd__webhook"
                ;;
            atslink__subcmd__sandbox__subcmd__account,add)
                cmd="atslink__subcmd__sandbox__subcmd__account__subcmd__add"
                ;;
            atslink__subcmd__sandbox__subcmd__account,help)
                cmd="atslink__subcmd__sandbox__subcmd__account__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__account__subcmd__help,add)
                cmd="atslink__subcmd__sandbox__subcmd__account__subcmd__help__subcmd__add"
                ;;
            atslink__subcmd__sandbox__subcmd__account__subcmd__help,help)
                cmd="atslink__subcmd__sandbox__subcmd__account__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__action,add)
                cmd="atslink__subcmd__sandbox__subcmd__action__subcmd__add"
                ;;
            atslink__subcmd__sandbox__subcmd__action,delete)
                cmd="atslink__subcmd__sandbox__subcmd__action__subcmd__delete"
                ;;
            atslink__subcmd__sandbox__subcmd__action,help)
                cmd="atslink__subcmd__sandbox__subcmd__action__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__action,set)
                cmd="atslink__subcmd__sandbox__subcmd__action__subcmd__set"
                ;;
            atslink__subcmd__sandbox__subcmd__action__subcmd__help,add)
                cmd="atslink__subcmd__sandbox__subcmd__action__subcmd__help__subcmd__add"
                ;;
            atslink__subcmd__sandbox__subcmd__action__subcmd__help,delete)
                cmd="atslink__subcmd__sandbox__subcmd__action__subcmd__help__subcmd__delete"
                ;;
            atslink__subcmd__sandbox__subcmd__action__subcmd__help,help)
                cmd="atslink__subcmd__sandbox__subcmd__action__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__action__subcmd__help,set)
                cmd="atslink__subcmd__sandbox__subcmd__action__subcmd__help__subcmd__set"
                ;;
            atslink__subcmd__sandbox__subcmd__app,help)
                cmd="atslink__subcmd__sandbox__subcmd__app__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__app,register-redirect)
                cmd="atslink__subcmd__sandbox__subcmd__app__subcmd__register__subcmd__redirect"
                ;;
            atslink__subcmd__sandbox__subcmd__app,salesforce)
                cmd="atslink__subcmd__sandbox__subcmd__app__subcmd__salesforce"
                ;;
            atslink__subcmd__sandbox__subcmd__app,show)
                cmd="atslink__subcmd__sandbox__subcmd__app__subcmd__show"
                ;;
            atslink__subcmd__sandbox__subcmd__app__subcmd__help,help)
                cmd="atslink__subcmd__sandbox__subcmd__app__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__app__subcmd__help,register-redirect)
                cmd="atslink__subcmd__sandbox__subcmd__app__subcmd__help__subcmd__register__subcmd__redirect"
                ;;
            atslink__subcmd__sandbox__subcmd__app__subcmd__help,salesforce)
                cmd="atslink__subcmd__sandbox__subcmd__app__subcmd__help__subcmd__salesforce"
                ;;
            atslink__subcmd__sandbox__subcmd__app__subcmd__help,show)
                cmd="atslink__subcmd__sandbox__subcmd__app__subcmd__help__subcmd__show"
                ;;
            atslink__subcmd__sandbox__subcmd__click,help)
                cmd="atslink__subcmd__sandbox__subcmd__click__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__click,jobadder)
                cmd="atslink__subcmd__sandbox__subcmd__click__subcmd__jobadder"
                ;;
            atslink__subcmd__sandbox__subcmd__click,salesforce)
                cmd="atslink__subcmd__sandbox__subcmd__click__subcmd__salesforce"
                ;;
            atslink__subcmd__sandbox__subcmd__click__subcmd__help,help)
                cmd="atslink__subcmd__sandbox__subcmd__click__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__click__subcmd__help,jobadder)
                cmd="atslink__subcmd__sandbox__subcmd__click__subcmd__help__subcmd__jobadder"
                ;;
            atslink__subcmd__sandbox__subcmd__click__subcmd__help,salesforce)
                cmd="atslink__subcmd__sandbox__subcmd__click__subcmd__help__subcmd__salesforce"
                ;;
            atslink__subcmd__sandbox__subcmd__clock,advance)
                cmd="atslink__subcmd__sandbox__subcmd__clock__subcmd__advance"
                ;;
            atslink__subcmd__sandbox__subcmd__clock,help)
                cmd="atslink__subcmd__sandbox__subcmd__clock__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__clock,show)
                cmd="atslink__subcmd__sandbox__subcmd__clock__subcmd__show"
                ;;
            atslink__subcmd__sandbox__subcmd__clock__subcmd__help,advance)
                cmd="atslink__subcmd__sandbox__subcmd__clock__subcmd__help__subcmd__advance"
                ;;
            atslink__subcmd__sandbox__subcmd__clock__subcmd__help,help)
                cmd="atslink__subcmd__sandbox__subcmd__clock__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__clock__subcmd__help,show)
                cmd="atslink__subcmd__sandbox__subcmd__clock__subcmd__help__subcmd__show"
                ;;
            atslink__subcmd__sandbox__subcmd__fault,add)
                cmd="atslink__subcmd__sandbox__subcmd__fault__subcmd__add"
                ;;
            atslink__subcmd__sandbox__subcmd__fault,clear)
                cmd="atslink__subcmd__sandbox__subcmd__fault__subcmd__clear"
                ;;
            atslink__subcmd__sandbox__subcmd__fault,help)
                cmd="atslink__subcmd__sandbox__subcmd__fault__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__fault,list)
                cmd="atslink__subcmd__sandbox__subcmd__fault__subcmd__list"
                ;;
            atslink__subcmd__sandbox__subcmd__fault__subcmd__help,add)
                cmd="atslink__subcmd__sandbox__subcmd__fault__subcmd__help__subcmd__add"
                ;;
            atslink__subcmd__sandbox__subcmd__fault__subcmd__help,clear)
                cmd="atslink__subcmd__sandbox__subcmd__fault__subcmd__help__subcmd__clear"
                ;;
            atslink__subcmd__sandbox__subcmd__fault__subcmd__help,help)
                cmd="atslink__subcmd__sandbox__subcmd__fault__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__fault__subcmd__help,list)
                cmd="atslink__subcmd__sandbox__subcmd__fault__subcmd__help__subcmd__list"
                ;;
            atslink__subcmd__sandbox__subcmd__flare,defaults)
                cmd="atslink__subcmd__sandbox__subcmd__flare__subcmd__defaults"
                ;;
            atslink__subcmd__sandbox__subcmd__flare,entity)
                cmd="atslink__subcmd__sandbox__subcmd__flare__subcmd__entity"
                ;;
            atslink__subcmd__sandbox__subcmd__flare,help)
                cmd="atslink__subcmd__sandbox__subcmd__flare__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__flare,location)
                cmd="atslink__subcmd__sandbox__subcmd__flare__subcmd__location"
                ;;
            atslink__subcmd__sandbox__subcmd__flare,pay-group)
                cmd="atslink__subcmd__sandbox__subcmd__flare__subcmd__pay__subcmd__group"
                ;;
            atslink__subcmd__sandbox__subcmd__flare,show)
                cmd="atslink__subcmd__sandbox__subcmd__flare__subcmd__show"
                ;;
            atslink__subcmd__sandbox__subcmd__flare__subcmd__help,defaults)
                cmd="atslink__subcmd__sandbox__subcmd__flare__subcmd__help__subcmd__defaults"
                ;;
            atslink__subcmd__sandbox__subcmd__flare__subcmd__help,entity)
                cmd="atslink__subcmd__sandbox__subcmd__flare__subcmd__help__subcmd__entity"
                ;;
            atslink__subcmd__sandbox__subcmd__flare__subcmd__help,help)
                cmd="atslink__subcmd__sandbox__subcmd__flare__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__flare__subcmd__help,location)
                cmd="atslink__subcmd__sandbox__subcmd__flare__subcmd__help__subcmd__location"
                ;;
            atslink__subcmd__sandbox__subcmd__flare__subcmd__help,pay-group)
                cmd="atslink__subcmd__sandbox__subcmd__flare__subcmd__help__subcmd__pay__subcmd__group"
                ;;
            atslink__subcmd__sandbox__subcmd__flare__subcmd__help,show)
                cmd="atslink__subcmd__sandbox__subcmd__flare__subcmd__help__subcmd__show"
                ;;
            atslink__subcmd__sandbox__subcmd__help,account)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__account"
                ;;
            atslink__subcmd__sandbox__subcmd__help,action)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__action"
                ;;
            atslink__subcmd__sandbox__subcmd__help,app)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__app"
                ;;
            atslink__subcmd__sandbox__subcmd__help,browse)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__browse"
                ;;
            atslink__subcmd__sandbox__subcmd__help,click)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__click"
                ;;
            atslink__subcmd__sandbox__subcmd__help,clock)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__clock"
                ;;
            atslink__subcmd__sandbox__subcmd__help,fault)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__fault"
                ;;
            atslink__subcmd__sandbox__subcmd__help,flare)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__flare"
                ;;
            atslink__subcmd__sandbox__subcmd__help,generate)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__generate"
                ;;
            atslink__subcmd__sandbox__subcmd__help,grants)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__grants"
                ;;
            atslink__subcmd__sandbox__subcmd__help,help)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__help,jwt-key)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__jwt__subcmd__key"
                ;;
            atslink__subcmd__sandbox__subcmd__help,partner-actions)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__partner__subcmd__actions"
                ;;
            atslink__subcmd__sandbox__subcmd__help,place)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__place"
                ;;
            atslink__subcmd__sandbox__subcmd__help,rate)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__rate"
                ;;
            atslink__subcmd__sandbox__subcmd__help,reset)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__reset"
                ;;
            atslink__subcmd__sandbox__subcmd__help,salesforce)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__salesforce"
                ;;
            atslink__subcmd__sandbox__subcmd__help,serve)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__serve"
                ;;
            atslink__subcmd__sandbox__subcmd__help,user)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__user"
                ;;
            atslink__subcmd__sandbox__subcmd__help,webhook)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__webhook"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__account,add)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__account__subcmd__add"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__action,add)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__action__subcmd__add"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__action,delete)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__action__subcmd__delete"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__action,set)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__action__subcmd__set"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__app,register-redirect)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__app__subcmd__register__subcmd__redirect"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__app,salesforce)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__app__subcmd__salesforce"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__app,show)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__app__subcmd__show"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__click,jobadder)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__click__subcmd__jobadder"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__click,salesforce)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__click__subcmd__salesforce"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__clock,advance)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__clock__subcmd__advance"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__clock,show)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__clock__subcmd__show"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__fault,add)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__fault__subcmd__add"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__fault,clear)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__fault__subcmd__clear"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__fault,list)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__fault__subcmd__list"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__flare,defaults)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__flare__subcmd__defaults"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__flare,entity)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__flare__subcmd__entity"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__flare,location)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__flare__subcmd__location"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__flare,pay-group)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__flare__subcmd__pay__subcmd__group"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__flare,show)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__flare__subcmd__show"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__salesforce,move-instance)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__salesforce__subcmd__move__subcmd__instance"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__user,add)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__user__subcmd__add"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__user,deactivate)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__user__subcmd__deactivate"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__user,delete)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__user__subcmd__delete"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__user,list)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__user__subcmd__list"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__user,reactivate)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__user__subcmd__reactivate"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__user,set)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__user__subcmd__set"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__webhook,delete)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__webhook__subcmd__delete"
                ;;
            atslink__subcmd__sandbox__subcmd__help__subcmd__webhook,set)
                cmd="atslink__subcmd__sandbox__subcmd__help__subcmd__webhook__subcmd__set"
                ;;
            atslink__subcmd__sandbox__subcmd__salesforce,help)
                cmd="atslink__subcmd__sandbox__subcmd__salesforce__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__salesforce,move-instance)
                cmd="atslink__subcmd__sandbox__subcmd__salesforce__subcmd__move__subcmd__instance"
                ;;
            atslink__subcmd__sandbox__subcmd__salesforce__subcmd__help,help)
                cmd="atslink__subcmd__sandbox__subcmd__salesforce__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__salesforce__subcmd__help,move-instance)
                cmd="atslink__subcmd__sandbox__subcmd__salesforce__subcmd__help__subcmd__move__subcmd__instance"
                ;;
            atslink__subcmd__sandbox__subcmd__user,add)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__add"
                ;;
            atslink__subcmd__sandbox__subcmd__user,deactivate)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__deactivate"
                ;;
            atslink__subcmd__sandbox__subcmd__user,delete)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__delete"
                ;;
            atslink__subcmd__sandbox__subcmd__user,help)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__user,list)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__list"
                ;;
            atslink__subcmd__sandbox__subcmd__user,reactivate)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__reactivate"
                ;;
            atslink__subcmd__sandbox__subcmd__user,set)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__set"
                ;;
            atslink__subcmd__sandbox__subcmd__user__subcmd__help,add)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__add"
                ;;
            atslink__subcmd__sandbox__subcmd__user__subcmd__help,deactivate)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__deactivate"
                ;;
            atslink__subcmd__sandbox__subcmd__user__subcmd__help,delete)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__delete"
                ;;
            atslink__subcmd__sandbox__subcmd__user__subcmd__help,help)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__user__subcmd__help,list)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__list"
                ;;
            atslink__subcmd__sandbox__subcmd__user__subcmd__help,reactivate)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__reactivate"
                ;;
            atslink__subcmd__sandbox__subcmd__user__subcmd__help,set)
                cmd="atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__set"
                ;;
            atslink__subcmd__sandbox__subcmd__webhook,delete)
                cmd="atslink__subcmd__sandbox__subcmd__webhook__subcmd__delete"
                ;;
            atslink__subcmd__sandbox__subcmd__webhook,help)
                cmd="atslink__subcmd__sandbox__subcmd__webhook__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__webhook,set)
                cmd="atslink__subcmd__sandbox__subcmd__webhook__subcmd__set"
                ;;
            atslink__subcmd__sandbox__subcmd__webhook__subcmd__help,delete)
                cmd="atslink__subcmd__sandbox__subcmd__webhook__subcmd__help__subcmd__delete"
                ;;
            atslink__subcmd__sandbox__subcmd__webhook__subcmd__help,help)
                cmd="atslink__subcmd__sandbox__subcmd__webhook__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__sandbox__subcmd__webhook__subcmd__help,set)
                cmd="atslink__subcmd__sandbox__subcmd__webhook__subcmd__help__subcmd__set"
                ;;
            atslink__subcmd__secrets,help)
                cmd="atslink__subcmd__secrets__subcmd__help"
                ;;
            atslink__subcmd__secrets,rekey)
                cmd="atslink__subcmd__secrets__subcmd__rekey"
                ;;
            atslink__subcmd__secrets__subcmd__help,help)
                cmd="atslink__subcmd__secrets__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__secrets__subcmd__help,rekey)
                cmd="atslink__subcmd__secrets__subcmd__help__subcmd__rekey"
                ;;
            atslink__subcmd__state,help)
                cmd="atslink__subcmd__state__subcmd__help"
                ;;
            atslink__subcmd__state,migrate)
                cmd="atslink__subcmd__state__subcmd__migrate"
                ;;
            atslink__subcmd__state,status)
                cmd="atslink__subcmd__state__subcmd__status"
                ;;
            atslink__subcmd__state__subcmd__help,help)
                cmd="atslink__subcmd__state__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__state__subcmd__help,migrate)
                cmd="atslink__subcmd__state__subcmd__help__subcmd__migrate"
                ;;
            atslink__subcmd__state__subcmd__help,status)
                cmd="atslink__subcmd__state__subcmd__help__subcmd__status"
                ;;
            atslink__subcmd__token,help)
                cmd="atslink__subcmd__token__subcmd__help"
                ;;
            atslink__subcmd__token,refresh)
                cmd="atslink__subcmd__token__subcmd__refresh"
                ;;
            atslink__subcmd__token,status)
                cmd="atslink__subcmd__token__subcmd__status"
                ;;
            atslink__subcmd__token__subcmd__help,help)
                cmd="atslink__subcmd__token__subcmd__help__subcmd__help"
                ;;
            atslink__subcmd__token__subcmd__help,refresh)
                cmd="atslink__subcmd__token__subcmd__help__subcmd__refresh"
                ;;
            atslink__subcmd__token__subcmd__help,status)
                cmd="atslink__subcmd__token__subcmd__help__subcmd__status"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        atslink)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version org provider integration flare licence token audit serve secrets state sandbox demo completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__audit)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --since --limit --format --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table csv json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__completions)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__demo)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version push mapping diagnose auto help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__auto)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version on off status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__auto__subcmd__help)
            opts="on off status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__auto__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__auto__subcmd__help__subcmd__off)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__auto__subcmd__help__subcmd__on)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__auto__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__auto__subcmd__off)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__auto__subcmd__on)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --public-url --trigger --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --public-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --trigger)
                    COMPREPLY=($(compgen -W "placement candidate" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__auto__subcmd__status)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --wait --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__diagnose)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --candidate --placement --email --name --bundle --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --candidate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --placement)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --email)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bundle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__help)
            opts="push mapping diagnose auto help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__help__subcmd__auto)
            opts="on off status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__help__subcmd__auto__subcmd__off)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__help__subcmd__auto__subcmd__on)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__help__subcmd__auto__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__help__subcmd__diagnose)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__help__subcmd__mapping)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__help__subcmd__push)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__mapping)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --since --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__flare__subcmd__push)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --candidate --placement --email --name --since --require-match --dry-run --retry-failed --concurrency --page-size --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --candidate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --placement)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --email)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --page-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help)
            opts="org provider integration flare licence token audit serve secrets state sandbox demo completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__audit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__demo)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__flare)
            opts="push mapping diagnose auto"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__flare__subcmd__auto)
            opts="on off status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__flare__subcmd__auto__subcmd__off)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__flare__subcmd__auto__subcmd__on)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__flare__subcmd__auto__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__flare__subcmd__diagnose)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__flare__subcmd__mapping)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__flare__subcmd__push)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__integration)
            opts="link unlink relink list button"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__integration__subcmd__button)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__integration__subcmd__link)
            opts="jobadder salesforce flare"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__integration__subcmd__link__subcmd__flare)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__integration__subcmd__link__subcmd__jobadder)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__integration__subcmd__link__subcmd__salesforce)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__integration__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__integration__subcmd__relink)
            opts="jobadder salesforce flare"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__integration__subcmd__relink__subcmd__flare)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__integration__subcmd__relink__subcmd__jobadder)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__integration__subcmd__relink__subcmd__salesforce)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__integration__subcmd__unlink)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__licence)
            opts="list assign disable enable reassign claim seats"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__licence__subcmd__assign)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__licence__subcmd__claim)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__licence__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__licence__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__licence__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__licence__subcmd__reassign)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__licence__subcmd__seats)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__org)
            opts="create list show delete check"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__org__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__org__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__org__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__org__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__org__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__provider)
            opts="set show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__provider__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__provider__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox)
            opts="serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__account)
            opts="add"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__account__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__action)
            opts="add set delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__action__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__action__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__action__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__app)
            opts="show register-redirect salesforce"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__app__subcmd__register__subcmd__redirect)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__app__subcmd__salesforce)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__app__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__browse)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__click)
            opts="jobadder salesforce"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__click__subcmd__jobadder)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__click__subcmd__salesforce)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__clock)
            opts="show advance"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__clock__subcmd__advance)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__clock__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__fault)
            opts="add list clear"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__fault__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__fault__subcmd__clear)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__fault__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__flare)
            opts="show pay-group location entity defaults"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__flare__subcmd__defaults)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__flare__subcmd__entity)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__flare__subcmd__location)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__flare__subcmd__pay__subcmd__group)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__flare__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__generate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__grants)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__jwt__subcmd__key)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__partner__subcmd__actions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__place)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__rate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__reset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__salesforce)
            opts="move-instance"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__salesforce__subcmd__move__subcmd__instance)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__serve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__user)
            opts="list add deactivate delete reactivate set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__user__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__user__subcmd__deactivate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__user__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__user__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__user__subcmd__reactivate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__user__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__webhook)
            opts="set delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__webhook__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__sandbox__subcmd__webhook__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__secrets)
            opts="rekey"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__secrets__subcmd__rekey)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__serve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__state)
            opts="status migrate"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__state__subcmd__migrate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__state__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__token)
            opts="status refresh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__token__subcmd__refresh)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__help__subcmd__token__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version link unlink relink list button help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__button)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --update --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__help)
            opts="link unlink relink list button help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__help__subcmd__button)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__help__subcmd__link)
            opts="jobadder salesforce flare"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__help__subcmd__link__subcmd__flare)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__help__subcmd__link__subcmd__jobadder)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__help__subcmd__link__subcmd__salesforce)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__help__subcmd__relink)
            opts="jobadder salesforce flare"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__help__subcmd__relink__subcmd__flare)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__help__subcmd__relink__subcmd__jobadder)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__help__subcmd__relink__subcmd__salesforce)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__help__subcmd__unlink)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__link)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version jobadder salesforce flare help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__link__subcmd__flare)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --api-key-stdin --api-url --allow-shared-account --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__link__subcmd__help)
            opts="jobadder salesforce flare help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__link__subcmd__help__subcmd__flare)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__link__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__link__subcmd__help__subcmd__jobadder)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__link__subcmd__help__subcmd__salesforce)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__link__subcmd__jobadder)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --no-browser --timeout --allow-shared-account --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__link__subcmd__salesforce)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --no-browser --timeout --client-id --client-secret-stdin --login-url --device --jwt-key --username --allow-shared-account --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --login-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__list)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --format --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table csv json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__relink)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --allow-account-change --help --version jobadder salesforce flare help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__relink__subcmd__flare)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --allow-account-change --api-key-stdin --api-url --allow-shared-account --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__relink__subcmd__help)
            opts="jobadder salesforce flare help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__relink__subcmd__help__subcmd__flare)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__relink__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__relink__subcmd__help__subcmd__jobadder)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__relink__subcmd__help__subcmd__salesforce)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__relink__subcmd__jobadder)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --allow-account-change --no-browser --timeout --allow-shared-account --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__relink__subcmd__salesforce)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --allow-account-change --no-browser --timeout --client-id --client-secret-stdin --login-url --device --jwt-key --username --allow-shared-account --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --login-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwt-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__integration__subcmd__unlink)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version jobadder salesforce flare"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version list assign disable enable reassign claim seats help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__assign)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --file --dry-run --role --name --partial --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --role)
                    COMPREPLY=($(compgen -W "admin manager member" -- "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__claim)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --name --source --external-id --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source)
                    COMPREPLY=($(compgen -W "jobadder salesforce manual" -- "${cur}"))
                    return 0
                    ;;
                --external-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__disable)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --file --dry-run --partial --skip-unknown --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__enable)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --file --dry-run --partial --skip-unknown --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__help)
            opts="list assign disable enable reassign claim seats help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__help__subcmd__assign)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__help__subcmd__claim)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__help__subcmd__reassign)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__help__subcmd__seats)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__list)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --state --role --format --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -W "active disabled none" -- "${cur}"))
                    return 0
                    ;;
                --role)
                    COMPREPLY=($(compgen -W "admin manager member" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table csv json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__reassign)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --name --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__licence__subcmd__seats)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --force --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__org)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version create list show delete check help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__org__subcmd__check)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --only --all-orgs --concurrency --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --only)
                    COMPREPLY=($(compgen -W "licences jobadder salesforce flare" -- "${cur}"))
                    return 0
                    ;;
                --concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__org__subcmd__create)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --name --seats --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seats)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__org__subcmd__delete)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__org__subcmd__help)
            opts="create list show delete check help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__org__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__org__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__org__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__org__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__org__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__org__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__org__subcmd__list)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --format --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table csv json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__org__subcmd__show)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__provider)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version set show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__provider__subcmd__help)
            opts="set show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__provider__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__provider__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__provider__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__provider__subcmd__set)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --client-id --client-secret-stdin --authorize-url --token-url --api-url --login-url --redirect-uri --partner-action-url --partner-action-name --help --version jobadder salesforce flare"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --authorize-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --login-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --redirect-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partner-action-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partner-action-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__provider__subcmd__show)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version jobadder salesforce flare"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__account)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version add help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__account__subcmd__add)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --count --password --help --version jobadder salesforce"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__account__subcmd__help)
            opts="add help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__account__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__account__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__action)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version add set delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__action__subcmd__add)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --name --count --account --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__action__subcmd__delete)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__action__subcmd__help)
            opts="add set delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__action__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__action__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__action__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__action__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__action__subcmd__set)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --admin-only --active-only --statuses --name --url --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --admin-only)
                    COMPREPLY=($(compgen -W "on off" -- "${cur}"))
                    return 0
                    ;;
                --active-only)
                    COMPREPLY=($(compgen -W "on off" -- "${cur}"))
                    return 0
                    ;;
                --statuses)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__app)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version show register-redirect salesforce help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__app__subcmd__help)
            opts="show register-redirect salesforce help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__app__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__app__subcmd__help__subcmd__register__subcmd__redirect)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__app__subcmd__help__subcmd__salesforce)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__app__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__app__subcmd__register__subcmd__redirect)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version jobadder salesforce"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__app__subcmd__salesforce)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --rotation --idle-limit --no-idle-limit --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --rotation)
                    COMPREPLY=($(compgen -W "on off" -- "${cur}"))
                    return 0
                    ;;
                --idle-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__app__subcmd__show)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__browse)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --user --password --deny --no-follow --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__click)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version jobadder salesforce help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__click__subcmd__help)
            opts="jobadder salesforce help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__click__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__click__subcmd__help__subcmd__jobadder)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__click__subcmd__help__subcmd__salesforce)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__click__subcmd__jobadder)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --user --candidate --print-url --send-to-flare --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --candidate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__click__subcmd__salesforce)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --user --contact --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --contact)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__clock)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version show advance help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__clock__subcmd__advance)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__clock__subcmd__help)
            opts="show advance help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__clock__subcmd__help__subcmd__advance)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__clock__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__clock__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__clock__subcmd__show)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__fault)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version add list clear help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__fault__subcmd__add)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --status --latency --drop --next-link --count --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --latency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --next-link)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__fault__subcmd__clear)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__fault__subcmd__help)
            opts="add list clear help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__fault__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__fault__subcmd__help__subcmd__clear)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__fault__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__fault__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__fault__subcmd__list)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__flare)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version show pay-group location entity defaults help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__flare__subcmd__defaults)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --location --legal-entity --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --legal-entity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__flare__subcmd__entity)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --brand --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --brand)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__flare__subcmd__help)
            opts="show pay-group location entity defaults help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__flare__subcmd__help__subcmd__defaults)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__flare__subcmd__help__subcmd__entity)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__flare__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__flare__subcmd__help__subcmd__location)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__flare__subcmd__help__subcmd__pay__subcmd__group)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__flare__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__flare__subcmd__location)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --add --remove --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --add)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --remove)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__flare__subcmd__pay__subcmd__group)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --add --remove --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --add)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --remove)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__flare__subcmd__show)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__generate)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --without-cost-centre --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__grants)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help)
            opts="serve reset clock user fault grants partner-actions app rate browse jwt-key click generate flare action place webhook account salesforce help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__account)
            opts="add"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__account__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__action)
            opts="add set delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__action__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__action__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__action__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__app)
            opts="show register-redirect salesforce"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__app__subcmd__register__subcmd__redirect)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__app__subcmd__salesforce)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__app__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__browse)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__click)
            opts="jobadder salesforce"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__click__subcmd__jobadder)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__click__subcmd__salesforce)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__clock)
            opts="show advance"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__clock__subcmd__advance)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__clock__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__fault)
            opts="add list clear"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__fault__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__fault__subcmd__clear)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__fault__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__flare)
            opts="show pay-group location entity defaults"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__flare__subcmd__defaults)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__flare__subcmd__entity)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__flare__subcmd__location)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__flare__subcmd__pay__subcmd__group)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__flare__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__generate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__grants)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__jwt__subcmd__key)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__partner__subcmd__actions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__place)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__rate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__reset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__salesforce)
            opts="move-instance"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__salesforce__subcmd__move__subcmd__instance)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__serve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__user)
            opts="list add deactivate delete reactivate set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__user__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__user__subcmd__deactivate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__user__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__user__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__user__subcmd__reactivate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__user__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__webhook)
            opts="set delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__webhook__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__help__subcmd__webhook__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__jwt__subcmd__key)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --out --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__partner__subcmd__actions)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__place)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --candidate --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --candidate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__rate)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version jobadder salesforce flare"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__reset)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__salesforce)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version move-instance help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__salesforce__subcmd__help)
            opts="move-instance help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__salesforce__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__salesforce__subcmd__help__subcmd__move__subcmd__instance)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__salesforce__subcmd__move__subcmd__instance)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --org-id --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --org-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__serve)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --port --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version list add deactivate delete reactivate set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__add)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --provider --admin --password --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --provider)
                    COMPREPLY=($(compgen -W "jobadder salesforce" -- "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__deactivate)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --refresh-still-works --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__delete)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__help)
            opts="list add deactivate delete reactivate set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__deactivate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__reactivate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__list)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --provider --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --provider)
                    COMPREPLY=($(compgen -W "jobadder salesforce" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__reactivate)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__user__subcmd__set)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --admin --api-access --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --admin)
                    COMPREPLY=($(compgen -W "on off" -- "${cur}"))
                    return 0
                    ;;
                --api-access)
                    COMPREPLY=($(compgen -W "on off" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__webhook)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version set delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__webhook__subcmd__delete)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__webhook__subcmd__help)
            opts="set delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__webhook__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__webhook__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__webhook__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__sandbox__subcmd__webhook__subcmd__set)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --status --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -W "Enabled Disabled Suspended Failed" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__secrets)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version rekey help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__secrets__subcmd__help)
            opts="rekey help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__secrets__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__secrets__subcmd__help__subcmd__rekey)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__secrets__subcmd__rekey)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --new-key-file --new-key-stdin --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --new-key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__serve)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --listen --public-url --drain-timeout --drain-delay --log-format --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --public-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --drain-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --drain-delay)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-format)
                    COMPREPLY=($(compgen -W "text json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__state)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version status migrate help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__state__subcmd__help)
            opts="status migrate help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__state__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__state__subcmd__help__subcmd__migrate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__state__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__state__subcmd__migrate)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --to --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --to)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__state__subcmd__status)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__token)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --help --version status refresh help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__token__subcmd__help)
            opts="status refresh help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__token__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__token__subcmd__help__subcmd__refresh)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__token__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__token__subcmd__refresh)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --all --provider --if-idle --force --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --provider)
                    COMPREPLY=($(compgen -W "jobadder salesforce flare" -- "${cur}"))
                    return 0
                    ;;
                --if-idle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        atslink__subcmd__token__subcmd__status)
            opts="-q -v -h -V --org --json --quiet --verbose --yes --no-input --home --sandbox --color --all --check --warn-within --concurrency --format --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --home)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --warn-within)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table csv json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _atslink -o nosort -o bashdefault -o default atslink
else
    complete -F _atslink -o bashdefault -o default atslink
fi
